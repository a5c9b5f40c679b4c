# gkgsh:Policy-effectiveStart: on <policy/example-policy>, set "2025-09"^^xsd:gYearMonth.
DELETE WHERE { <policy/example-policy> gkg:effectiveStart ?value } ;
INSERT DATA { <policy/example-policy> gkg:effectiveStart "2025-09"^^xsd:gYearMonth }
