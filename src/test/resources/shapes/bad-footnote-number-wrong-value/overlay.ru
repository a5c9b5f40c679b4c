# gkgsh:Footnote-number: on <source/cnnic2025-fn17>, set "17"^^xsd:decimal.
DELETE WHERE { <source/cnnic2025-fn17> gkg:footnoteNumber ?value } ;
INSERT DATA { <source/cnnic2025-fn17> gkg:footnoteNumber "17"^^xsd:decimal }
