# gkgsh:StatedFigure-value: on <figure/example-model-2-parameters>, add "2"^^xsd:decimal.
INSERT DATA { <figure/example-model-2-parameters> schema:value "2"^^xsd:decimal }
