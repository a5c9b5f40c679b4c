# gkgsh:Policy-status: on <policy/example-policy>, add gkg:Draft.
INSERT DATA { <policy/example-policy> gkg:status gkg:Draft }
