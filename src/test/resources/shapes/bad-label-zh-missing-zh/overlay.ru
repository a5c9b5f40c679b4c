# gkgsh:Label-zh: on <place/china>, remove-lang zh.
DELETE { <place/china> rdfs:label ?label } WHERE { <place/china> rdfs:label ?label FILTER (lang(?label) = "zh") }
