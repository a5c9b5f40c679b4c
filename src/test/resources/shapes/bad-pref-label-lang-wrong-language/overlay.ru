# gkgsh:PrefLabel-lang: on <scenario/content-creation>, add "名前"@ja.
INSERT DATA { <scenario/content-creation> skos:prefLabel "名前"@ja }
