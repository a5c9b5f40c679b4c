# gkgsh:Organization-country: on <organization/example-lab>, add <place/beijing>.
INSERT DATA { <organization/example-lab> gkg:country <place/beijing> }
