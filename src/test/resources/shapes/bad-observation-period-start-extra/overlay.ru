# gkgsh:Observation-periodStart: on <observation/users/2025-06>, add "2025-06-02"^^xsd:date.
INSERT DATA { <observation/users/2025-06> gkg:periodStart "2025-06-02"^^xsd:date }
