# gkgsh:Unit-symbol: on <unit/percent>, add "pct".
INSERT DATA { <unit/percent> gkg:symbol "pct" }
