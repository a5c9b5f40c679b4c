# gkgsh:Organization-location: on <organization/example-lab>, add <place/china>.
INSERT DATA { <organization/example-lab> gkg:location <place/china> }
