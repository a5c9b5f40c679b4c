# gkgsh:Term-inScheme: on <term/hallucination>, add <scheme/scenarios>.
INSERT DATA { <term/hallucination> skos:inScheme <scheme/scenarios> }
