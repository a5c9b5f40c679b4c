# gkgsh:Label-lang: on <place/china>, add "名前"@ja.
INSERT DATA { <place/china> rdfs:label "名前"@ja }
