# gkgsh:Product-builtOn: on <model/example-model-2>, set <model/missing>.
DELETE WHERE { <model/example-model-2> gkg:builtOn ?value } ;
INSERT DATA { <model/example-model-2> gkg:builtOn <model/missing> }
