# gkgsh:Provenance-derivedFrom: on <model/deepseek-r1>, remove.
DELETE WHERE { <model/deepseek-r1> prov:wasDerivedFrom ?value }
