# gkgsh:Footnote-report: on <source/cnnic2025-fn17>, remove.
DELETE WHERE { <source/cnnic2025-fn17> dcterms:isPartOf ?value }
