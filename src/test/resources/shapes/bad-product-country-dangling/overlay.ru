# gkgsh:Product-country: on <model/deepseek-r1>, set <place/atlantis>.
DELETE WHERE { <model/deepseek-r1> gkg:country ?value } ;
INSERT DATA { <model/deepseek-r1> gkg:country <place/atlantis> }
