# gkgsh:StatedFigure-unit: on <figure/example-model-2-parameters>, remove.
DELETE WHERE { <figure/example-model-2-parameters> gkg:unit ?value }
