# gkgsh:Observation-unit: on <observation/users/2025-06>, remove.
DELETE WHERE { <observation/users/2025-06> sdmx-attribute:unitMeasure ?value }
