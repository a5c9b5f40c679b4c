# gkgsh:Observation-periodStart: on <observation/users/2025-06>, remove.
DELETE WHERE { <observation/users/2025-06> gkg:periodStart ?value }
