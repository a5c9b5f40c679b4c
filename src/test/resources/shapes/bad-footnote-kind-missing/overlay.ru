# gkgsh:Footnote-kind: on <source/cnnic2025-fn17>, remove.
DELETE WHERE { <source/cnnic2025-fn17> gkg:footnoteKind ?value }
