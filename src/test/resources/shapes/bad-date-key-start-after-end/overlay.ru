# gkgsh:DateKey-order: on <model/example-model-2>, the uniform start key after the end key.
DELETE WHERE { <model/example-model-2> gkg:startDate ?value } ;
INSERT DATA { <model/example-model-2> gkg:startDate "2025-02-15"^^xsd:date }
