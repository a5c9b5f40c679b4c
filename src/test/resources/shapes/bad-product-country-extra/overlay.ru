# gkgsh:Product-country: on <model/deepseek-r1>, add <place/beijing>.
INSERT DATA { <model/deepseek-r1> gkg:country <place/beijing> }
