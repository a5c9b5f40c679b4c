# gkgsh:Place-within: on <place/beijing>, set <place/atlantis>.
DELETE WHERE { <place/beijing> gkg:within ?value } ;
INSERT DATA { <place/beijing> gkg:within <place/atlantis> }
