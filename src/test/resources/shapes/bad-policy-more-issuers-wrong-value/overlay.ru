# gkgsh:Policy-moreIssuers: on <policy/example-policy>, set "yes".
DELETE WHERE { <policy/example-policy> gkg:moreIssuers ?value } ;
INSERT DATA { <policy/example-policy> gkg:moreIssuers "yes" }
