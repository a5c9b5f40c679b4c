# gkgsh:Unit-multiplier: on <unit/hundred-million-people>, set "1亿".
DELETE WHERE { <unit/hundred-million-people> gkg:multiplier ?value } ;
INSERT DATA { <unit/hundred-million-people> gkg:multiplier "1亿" }
