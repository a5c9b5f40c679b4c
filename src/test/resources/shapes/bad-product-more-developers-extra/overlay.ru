# gkgsh:Product-moreDevelopers: on <model/example-model-2>, add "false"^^xsd:boolean.
INSERT DATA { <model/example-model-2> gkg:moreDevelopers "false"^^xsd:boolean }
