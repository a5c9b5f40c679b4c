# gkgsh:Organization-country: on <organization/example-lab>, set <place/atlantis>.
DELETE WHERE { <organization/example-lab> gkg:country ?value } ;
INSERT DATA { <organization/example-lab> gkg:country <place/atlantis> }
