# gkgsh:Footnote-text: on <source/cnnic2025-fn17>, set "untagged".
DELETE WHERE { <source/cnnic2025-fn17> gkg:text ?value } ;
INSERT DATA { <source/cnnic2025-fn17> gkg:text "untagged" }
