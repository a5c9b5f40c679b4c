# gkgsh:Unit-baseUnit: on <unit/hundred-million-people>, set <unit/missing>.
DELETE WHERE { <unit/hundred-million-people> gkg:baseUnit ?value } ;
INSERT DATA { <unit/hundred-million-people> gkg:baseUnit <unit/missing> }
