# gkgsh:Event-amount: on <event/example-funding>, add "20"^^xsd:decimal.
INSERT DATA { <event/example-funding> gkg:amount "20"^^xsd:decimal }
