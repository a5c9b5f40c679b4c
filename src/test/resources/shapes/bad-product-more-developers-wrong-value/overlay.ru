# gkgsh:Product-moreDevelopers: on <model/example-model-2>, set "yes".
DELETE WHERE { <model/example-model-2> gkg:moreDevelopers ?value } ;
INSERT DATA { <model/example-model-2> gkg:moreDevelopers "yes" }
