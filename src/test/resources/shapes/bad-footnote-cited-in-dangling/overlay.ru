# gkgsh:Footnote-citedIn: on <source/cnnic2025-fn17>, set <report/cnnic-genai-2025/section/9.9>.
DELETE WHERE { <source/cnnic2025-fn17> gkg:citedIn ?value } ;
INSERT DATA { <source/cnnic2025-fn17> gkg:citedIn <report/cnnic-genai-2025/section/9.9> }
