# gkgsh:Footnote-kind: on <source/cnnic2025-fn17>, set gkg:Draft.
DELETE WHERE { <source/cnnic2025-fn17> gkg:footnoteKind ?value } ;
INSERT DATA { <source/cnnic2025-fn17> gkg:footnoteKind gkg:Draft }
