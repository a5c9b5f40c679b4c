# gkgsh:Provenance-source: on <model/deepseek-r1>, set <report/missing>.
DELETE WHERE { <model/deepseek-r1> dcterms:source ?value } ;
INSERT DATA { <model/deepseek-r1> dcterms:source <report/missing> }
