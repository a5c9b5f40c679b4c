# gkgsh:PrefLabel-unique: on <scenario/content-creation>, add "重复的名称"@zh.
INSERT DATA { <scenario/content-creation> skos:prefLabel "重复的名称"@zh }
