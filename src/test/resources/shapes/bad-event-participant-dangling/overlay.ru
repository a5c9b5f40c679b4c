# gkgsh:Event-participant: on <event/example-funding>, add <organization/missing>.
INSERT DATA { <event/example-funding> gkg:participant <organization/missing> }
