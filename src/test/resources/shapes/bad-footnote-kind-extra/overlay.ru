# gkgsh:Footnote-kind: on <source/cnnic2025-fn17>, add gkg:Definition.
INSERT DATA { <source/cnnic2025-fn17> gkg:footnoteKind gkg:Definition }
