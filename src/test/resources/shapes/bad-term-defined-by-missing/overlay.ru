# gkgsh:Term-definedBy: on <term/hallucination>, remove the footnote it is derived from.
DELETE DATA { <term/hallucination> prov:wasDerivedFrom <source/cnnic2025-fn07> }
