# gkgsh:Footnote-url: on <source/cnnic2025-fn17>, add <https://example.org/b>.
INSERT DATA { <source/cnnic2025-fn17> schema:url <https://example.org/b> }
