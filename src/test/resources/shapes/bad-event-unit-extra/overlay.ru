# gkgsh:Event-unit: on <event/example-funding>, add <unit/percent>.
INSERT DATA { <event/example-funding> gkg:unit <unit/percent> }
