# gkgsh:Product-basisOf: on <model/deepseek-r1>, set <model/missing>.
DELETE WHERE { <model/deepseek-r1> gkg:basisOf ?value } ;
INSERT DATA { <model/deepseek-r1> gkg:basisOf <model/missing> }
