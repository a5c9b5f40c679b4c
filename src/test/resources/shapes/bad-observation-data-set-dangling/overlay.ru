# gkgsh:Observation-dataSet: on <observation/users/2025-06>, set <dataset/missing>.
DELETE WHERE { <observation/users/2025-06> qb:dataSet ?value } ;
INSERT DATA { <observation/users/2025-06> qb:dataSet <dataset/missing> }
