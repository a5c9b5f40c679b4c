# gkgsh:Label-unique: on <place/china>, add "重复的名称"@zh.
INSERT DATA { <place/china> rdfs:label "重复的名称"@zh }
