# gkgsh:Person-country: on <person/example-person>, add <place/beijing>.
INSERT DATA { <person/example-person> gkg:country <place/beijing> }
