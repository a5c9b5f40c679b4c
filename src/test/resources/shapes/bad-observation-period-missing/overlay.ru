# gkgsh:Observation-period: on <observation/users/2025-06>, remove.
DELETE WHERE { <observation/users/2025-06> gkg:period ?value }
