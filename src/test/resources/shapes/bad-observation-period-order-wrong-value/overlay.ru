# gkgsh:Observation-periodOrder: on <observation/users/2025-06>, set "2025-07-01"^^xsd:date.
DELETE WHERE { <observation/users/2025-06> gkg:periodStart ?value } ;
INSERT DATA { <observation/users/2025-06> gkg:periodStart "2025-07-01"^^xsd:date }
