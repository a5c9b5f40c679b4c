# gkgsh:Footnote-publisher: on <source/cnnic2025-fn17>, add "另一来源"@zh.
INSERT DATA { <source/cnnic2025-fn17> dcterms:publisher "另一来源"@zh }
