# gkgsh:Product-lightweight: on <model/example-model-2>, add "true"^^xsd:boolean.
INSERT DATA { <model/example-model-2> gkg:lightweight "true"^^xsd:boolean }
