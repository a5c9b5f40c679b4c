# gkgsh:Observation-period: on <observation/users/2025-06>, set "截至2025年6月".
DELETE WHERE { <observation/users/2025-06> gkg:period ?value } ;
INSERT DATA { <observation/users/2025-06> gkg:period "截至2025年6月" }
