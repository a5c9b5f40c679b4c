# gkgsh:Person-country: on <person/example-person>, set <place/atlantis>.
DELETE WHERE { <person/example-person> gkg:country ?value } ;
INSERT DATA { <person/example-person> gkg:country <place/atlantis> }
