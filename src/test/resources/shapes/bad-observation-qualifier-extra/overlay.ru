# gkgsh:Observation-qualifier: on <observation/users/2025-06>, add gkg:MoreThan.
INSERT DATA { <observation/users/2025-06> gkg:qualifier gkg:MoreThan }
