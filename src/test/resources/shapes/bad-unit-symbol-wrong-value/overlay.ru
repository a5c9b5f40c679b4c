# gkgsh:Unit-symbol: on <unit/percent>, set "%"@zh.
DELETE WHERE { <unit/percent> gkg:symbol ?value } ;
INSERT DATA { <unit/percent> gkg:symbol "%"@zh }
