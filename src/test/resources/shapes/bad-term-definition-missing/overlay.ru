# gkgsh:Term-definition: on <term/hallucination>, remove skos:definition.
DELETE WHERE { <term/hallucination> skos:definition ?value }
