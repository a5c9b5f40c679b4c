# gkgsh:Policy-moreIssuers: on <policy/example-policy>, add "false"^^xsd:boolean.
INSERT DATA { <policy/example-policy> gkg:moreIssuers "false"^^xsd:boolean }
