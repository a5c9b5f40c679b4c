# gkgsh:Footnote-publisherBody: on <source/cnnic2025-fn17>, set <organization/missing>.
DELETE WHERE { <source/cnnic2025-fn17> schema:publisher ?value } ;
INSERT DATA { <source/cnnic2025-fn17> schema:publisher <organization/missing> }
