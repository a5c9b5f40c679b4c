# gkgsh:Event-place: on <event/example-policy-effect>, add <place/beijing>.
INSERT DATA { <event/example-policy-effect> gkg:place <place/beijing> }
