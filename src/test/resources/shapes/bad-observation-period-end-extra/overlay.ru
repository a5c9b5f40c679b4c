# gkgsh:Observation-periodEnd: on <observation/users/2025-06>, add "2025-06-29"^^xsd:date.
INSERT DATA { <observation/users/2025-06> gkg:periodEnd "2025-06-29"^^xsd:date }
