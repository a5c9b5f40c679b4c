# gkgsh:Product-lightweight: on <model/example-model-2>, set "false".
DELETE WHERE { <model/example-model-2> gkg:lightweight ?value } ;
INSERT DATA { <model/example-model-2> gkg:lightweight "false" }
