# gkgsh:Product-reasoning: on <model/example-model-2>, add "false"^^xsd:boolean.
INSERT DATA { <model/example-model-2> gkg:reasoning "false"^^xsd:boolean }
