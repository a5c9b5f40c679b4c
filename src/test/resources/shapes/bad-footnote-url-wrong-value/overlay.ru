# gkgsh:Footnote-url: on <source/cnnic2025-fn17>, set "https://example.org/a".
DELETE WHERE { <source/cnnic2025-fn17> schema:url ?value } ;
INSERT DATA { <source/cnnic2025-fn17> schema:url "https://example.org/a" }
