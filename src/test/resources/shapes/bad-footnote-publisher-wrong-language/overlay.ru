# gkgsh:Footnote-publisher: on <source/cnnic2025-fn17>, set "publisher".
DELETE WHERE { <source/cnnic2025-fn17> dcterms:publisher ?value } ;
INSERT DATA { <source/cnnic2025-fn17> dcterms:publisher "publisher" }
