# gkgsh:Term-inScheme: on <term/hallucination>, remove.
DELETE WHERE { <term/hallucination> skos:inScheme ?value }
