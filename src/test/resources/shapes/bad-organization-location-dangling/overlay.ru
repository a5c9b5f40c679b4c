# gkgsh:Organization-location: on <organization/example-lab>, set <place/atlantis>.
DELETE WHERE { <organization/example-lab> gkg:location ?value } ;
INSERT DATA { <organization/example-lab> gkg:location <place/atlantis> }
