# gkgsh:Footnote-number: on <source/cnnic2025-fn17>, remove.
DELETE WHERE { <source/cnnic2025-fn17> gkg:footnoteNumber ?value }
