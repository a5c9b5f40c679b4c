# gkgsh:Observation-period: on <observation/users/2025-06>, add "2025"^^xsd:gYear.
INSERT DATA { <observation/users/2025-06> gkg:period "2025"^^xsd:gYear }
