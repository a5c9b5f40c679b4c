# gkgsh:Footnote-issued: on <source/cnnic2025-fn17>, set "2025年5月15日".
DELETE WHERE { <source/cnnic2025-fn17> dcterms:issued ?value } ;
INSERT DATA { <source/cnnic2025-fn17> dcterms:issued "2025年5月15日" }
