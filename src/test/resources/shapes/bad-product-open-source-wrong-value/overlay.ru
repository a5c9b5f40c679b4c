# gkgsh:Product-openSource: on <model/example-model-2>, set "1.0"^^xsd:decimal.
DELETE WHERE { <model/example-model-2> gkg:openSource ?value } ;
INSERT DATA { <model/example-model-2> gkg:openSource "1.0"^^xsd:decimal }
