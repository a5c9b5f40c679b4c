# gkgsh:Observation-unit: on <observation/users/2025-06>, add <unit/percent>.
INSERT DATA { <observation/users/2025-06> sdmx-attribute:unitMeasure <unit/percent> }
