# gkgsh:Footnote-number: on <source/cnnic2025-fn17>, set "0"^^xsd:integer.
DELETE WHERE { <source/cnnic2025-fn17> gkg:footnoteNumber ?value } ;
INSERT DATA { <source/cnnic2025-fn17> gkg:footnoteNumber "0"^^xsd:integer }
