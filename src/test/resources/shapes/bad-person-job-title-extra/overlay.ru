# gkgsh:Person-jobTitle: on <person/example-person>, add a second role.
INSERT DATA { <person/example-person> schema:jobTitle "另一职务"@zh }
