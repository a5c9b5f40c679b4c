# gkgsh:Footnote-url: on <source/cnnic2025-fn17>, add "https://example.org/b"^^xsd:anyURI.
INSERT DATA { <source/cnnic2025-fn17> schema:url "https://example.org/b"^^xsd:anyURI }
