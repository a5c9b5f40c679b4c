# gkgsh:Event-amount: on <event/example-funding>, set "10亿元".
DELETE WHERE { <event/example-funding> gkg:amount ?value } ;
INSERT DATA { <event/example-funding> gkg:amount "10亿元" }
