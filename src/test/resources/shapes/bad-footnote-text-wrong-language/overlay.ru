# gkgsh:Footnote-text: on <source/cnnic2025-fn17>, add "另一段文本"@zh.
INSERT DATA { <source/cnnic2025-fn17> gkg:text "另一段文本"@zh }
