# gkgsh:Unit-baseUnit: on <unit/hundred-million-people>, add <unit/percent>.
INSERT DATA { <unit/hundred-million-people> gkg:baseUnit <unit/percent> }
