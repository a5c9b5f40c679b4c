# gkgsh:DateKey-start: on <model/example-model-1>, add two start keys.
INSERT DATA { <model/example-model-1> gkg:startDate "2025-02-14"^^xsd:date , "2025-02-15"^^xsd:date }
