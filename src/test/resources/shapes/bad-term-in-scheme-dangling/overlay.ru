# gkgsh:Term-inScheme: on <term/hallucination>, set <scheme/missing>.
DELETE WHERE { <term/hallucination> skos:inScheme ?value } ;
INSERT DATA { <term/hallucination> skos:inScheme <scheme/missing> }
