# gkgsh:Footnote-text: on <source/cnnic2025-fn17>, remove.
DELETE WHERE { <source/cnnic2025-fn17> gkg:text ?value }
