# gkgsh:StatedFigure-asOf: on <figure/example-model-2-parameters>, set "2025".
DELETE WHERE { <figure/example-model-2-parameters> gkg:asOf ?value } ;
INSERT DATA { <figure/example-model-2-parameters> gkg:asOf "2025" }
