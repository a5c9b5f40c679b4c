# gkgsh:StatedFigure-value: on <figure/example-model-2-parameters>, set "100".
DELETE WHERE { <figure/example-model-2-parameters> schema:value ?value } ;
INSERT DATA { <figure/example-model-2-parameters> schema:value "100" }
