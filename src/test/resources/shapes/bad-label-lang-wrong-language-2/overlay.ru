# gkgsh:Label-lang: on <place/china>, add "untagged".
INSERT DATA { <place/china> rdfs:label "untagged" }
