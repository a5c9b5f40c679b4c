# gkgsh:Policy-effective: on <policy/example-policy>, set "2025-09-01".
DELETE WHERE { <policy/example-policy> gkg:effective ?value } ;
INSERT DATA { <policy/example-policy> gkg:effective "2025-09-01" }
