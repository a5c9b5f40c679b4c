# gkgsh:Footnote-report: on <source/cnnic2025-fn17>, set <report/missing>.
DELETE WHERE { <source/cnnic2025-fn17> dcterms:isPartOf ?value } ;
INSERT DATA { <source/cnnic2025-fn17> dcterms:isPartOf <report/missing> }
