# gkgsh:StatedFigure-unit: on <figure/example-model-2-parameters>, add <unit/percent>.
INSERT DATA { <figure/example-model-2-parameters> gkg:unit <unit/percent> }
