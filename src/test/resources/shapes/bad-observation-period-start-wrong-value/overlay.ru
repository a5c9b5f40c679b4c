# gkgsh:Observation-periodStart: on <observation/users/2025-06>, set "2025-06"^^xsd:gYearMonth.
DELETE WHERE { <observation/users/2025-06> gkg:periodStart ?value } ;
INSERT DATA { <observation/users/2025-06> gkg:periodStart "2025-06"^^xsd:gYearMonth }
