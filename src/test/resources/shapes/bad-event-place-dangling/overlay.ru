# gkgsh:Event-place: on <event/example-policy-effect>, set <place/atlantis>.
DELETE WHERE { <event/example-policy-effect> gkg:place ?value } ;
INSERT DATA { <event/example-policy-effect> gkg:place <place/atlantis> }
