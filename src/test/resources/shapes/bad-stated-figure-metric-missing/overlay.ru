# gkgsh:StatedFigure-metric: on <figure/example-model-2-parameters>, remove.
DELETE WHERE { <figure/example-model-2-parameters> gkg:metric ?value }
