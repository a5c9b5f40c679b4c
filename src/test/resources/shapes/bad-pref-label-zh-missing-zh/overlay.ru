# gkgsh:PrefLabel-zh: on <scenario/content-creation>, remove-lang zh.
DELETE { <scenario/content-creation> skos:prefLabel ?label } WHERE { <scenario/content-creation> skos:prefLabel ?label FILTER (lang(?label) = "zh") }
