# gkgsh:StatedFigure-description: on <figure/example-model-2-parameters>, set "parameters"@en.
DELETE WHERE { <figure/example-model-2-parameters> schema:description ?value } ;
INSERT DATA { <figure/example-model-2-parameters> schema:description "parameters"@en }
