# gkgsh:Observation-periodEnd: on <observation/users/2025-06>, set "2025-06-30".
DELETE WHERE { <observation/users/2025-06> gkg:periodEnd ?value } ;
INSERT DATA { <observation/users/2025-06> gkg:periodEnd "2025-06-30" }
