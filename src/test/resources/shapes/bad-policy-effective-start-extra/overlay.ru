# gkgsh:Policy-effectiveStart: on <policy/example-policy>, add "2025-09-02"^^xsd:date.
INSERT DATA { <policy/example-policy> gkg:effectiveStart "2025-09-02"^^xsd:date }
