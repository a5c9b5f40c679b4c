# gkgsh:Product-openSource: on <model/example-model-2>, add "false"^^xsd:boolean.
INSERT DATA { <model/example-model-2> gkg:openSource "false"^^xsd:boolean }
