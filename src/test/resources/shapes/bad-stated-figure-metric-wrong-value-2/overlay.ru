# gkgsh:StatedFigure-metric: on <figure/example-model-2-parameters>, set "Parameter Count".
DELETE WHERE { <figure/example-model-2-parameters> gkg:metric ?value } ;
INSERT DATA { <figure/example-model-2-parameters> gkg:metric "Parameter Count" }
