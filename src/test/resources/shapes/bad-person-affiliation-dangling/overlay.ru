# gkgsh:Person-affiliation: on <person/example-person>, set <organization/missing>.
DELETE WHERE { <person/example-person> schema:affiliation ?value } ;
INSERT DATA { <person/example-person> schema:affiliation <organization/missing> }
