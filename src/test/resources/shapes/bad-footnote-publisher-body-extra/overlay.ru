# gkgsh:Footnote-publisherBody: on <source/cnnic2025-fn17>, add a second publishing body.
INSERT DATA { <source/cnnic2025-fn17> schema:publisher <organization/deepseek> }
