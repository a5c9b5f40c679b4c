# gkgsh:Provenance-derivedFrom: on <model/deepseek-r1>, add <source/cnnic2025-fn99>.
INSERT DATA { <model/deepseek-r1> prov:wasDerivedFrom <source/cnnic2025-fn99> }
