# gkgsh:Product-released: on <model/deepseek-r1>, set "2025-01".
DELETE WHERE { <model/deepseek-r1> gkg:released ?value } ;
INSERT DATA { <model/deepseek-r1> gkg:released "2025-01" }
