# gkgsh:StatedFigure-metric: on <figure/example-model-2-parameters>, add "users".
INSERT DATA { <figure/example-model-2-parameters> gkg:metric "users" }
