# gkgsh:EventAmountUnitShape: on <event/example-funding>, remove gkg:unit.
DELETE WHERE { <event/example-funding> gkg:unit ?value }
