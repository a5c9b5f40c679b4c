# gkgsh:Unit-multiplier: on <unit/hundred-million-people>, remove.
DELETE WHERE { <unit/hundred-million-people> gkg:multiplier ?value }
