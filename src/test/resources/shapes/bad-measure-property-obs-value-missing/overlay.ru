# gkgsh:MeasureProperty-obsValue: on <measure/users>, remove.
DELETE WHERE { <measure/users> rdfs:subPropertyOf ?value }
