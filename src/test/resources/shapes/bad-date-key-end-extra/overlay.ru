# gkgsh:DateKey-end: on <model/example-model-1>, add two end keys.
INSERT DATA { <model/example-model-1> gkg:endDate "2025-02-14"^^xsd:date , "2025-02-15"^^xsd:date }
