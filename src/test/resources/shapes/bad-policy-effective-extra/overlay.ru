# gkgsh:Policy-effective: on <policy/example-policy>, add "2025-09"^^xsd:gYearMonth.
INSERT DATA { <policy/example-policy> gkg:effective "2025-09"^^xsd:gYearMonth }
