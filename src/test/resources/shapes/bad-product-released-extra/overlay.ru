# gkgsh:Product-released: on <model/deepseek-r1>, add "2025"^^xsd:gYear.
INSERT DATA { <model/deepseek-r1> gkg:released "2025"^^xsd:gYear }
