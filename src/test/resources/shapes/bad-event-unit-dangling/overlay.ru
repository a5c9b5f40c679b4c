# gkgsh:Event-unit: on <event/example-funding>, set <unit/missing>.
DELETE WHERE { <event/example-funding> gkg:unit ?value } ;
INSERT DATA { <event/example-funding> gkg:unit <unit/missing> }
