# gkgsh:Product-developer: on <model/deepseek-r1>, set <organization/missing>.
DELETE WHERE { <model/deepseek-r1> gkg:developer ?value } ;
INSERT DATA { <model/deepseek-r1> gkg:developer <organization/missing> }
