# gkgsh:Unit-multiplier: on <unit/hundred-million-people>, add "10"^^xsd:decimal.
INSERT DATA { <unit/hundred-million-people> gkg:multiplier "10"^^xsd:decimal }
