# gkgsh:Observation-qualifier: on <observation/users/2025-06>, set gkg:MonthPrecision.
DELETE WHERE { <observation/users/2025-06> gkg:qualifier ?value } ;
INSERT DATA { <observation/users/2025-06> gkg:qualifier gkg:MonthPrecision }
