# gkgsh:Provenance-source: on <model/deepseek-r1>, remove.
DELETE WHERE { <model/deepseek-r1> dcterms:source ?value }
