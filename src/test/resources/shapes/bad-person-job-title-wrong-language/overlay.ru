# gkgsh:Person-jobTitle: on <person/example-person>, set "Example role"@en.
DELETE WHERE { <person/example-person> schema:jobTitle ?value } ;
INSERT DATA { <person/example-person> schema:jobTitle "Example role"@en }
