# gkgsh:Observation-dataSet: on <observation/users/2025-06>, remove.
DELETE WHERE { <observation/users/2025-06> qb:dataSet ?value }
