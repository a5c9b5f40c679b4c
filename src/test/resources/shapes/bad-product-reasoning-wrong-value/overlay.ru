# gkgsh:Product-reasoning: on <model/example-model-2>, set "true".
DELETE WHERE { <model/example-model-2> gkg:reasoning ?value } ;
INSERT DATA { <model/example-model-2> gkg:reasoning "true" }
