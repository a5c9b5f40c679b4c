# gkgsh:Policy-status: on <policy/example-policy>, set gkg:StandardsNorms.
DELETE WHERE { <policy/example-policy> gkg:status ?value } ;
INSERT DATA { <policy/example-policy> gkg:status gkg:StandardsNorms }
