# gkgsh:StatedFigure-unit: on <figure/example-model-2-parameters>, set <unit/missing>.
DELETE WHERE { <figure/example-model-2-parameters> gkg:unit ?value } ;
INSERT DATA { <figure/example-model-2-parameters> gkg:unit <unit/missing> }
