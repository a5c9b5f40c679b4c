# gkgsh:Footnote-issued: on <source/cnnic2025-fn17>, add "2025"^^xsd:gYear.
INSERT DATA { <source/cnnic2025-fn17> dcterms:issued "2025"^^xsd:gYear }
