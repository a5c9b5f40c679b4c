# gkgsh:PrefLabel-lang: on <scenario/content-creation>, add "untagged".
INSERT DATA { <scenario/content-creation> skos:prefLabel "untagged" }
