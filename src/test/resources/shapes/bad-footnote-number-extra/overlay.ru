# gkgsh:Footnote-number: on <source/cnnic2025-fn17>, add "18"^^xsd:integer.
INSERT DATA { <source/cnnic2025-fn17> gkg:footnoteNumber "18"^^xsd:integer }
