# gkgsh:Observation-unit: on <observation/users/2025-06>, set <unit/missing>.
DELETE WHERE { <observation/users/2025-06> sdmx-attribute:unitMeasure ?value } ;
INSERT DATA { <observation/users/2025-06> sdmx-attribute:unitMeasure <unit/missing> }
