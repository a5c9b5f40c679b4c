# gkgsh:StatedFigure-value: on <figure/example-model-2-parameters>, remove.
DELETE WHERE { <figure/example-model-2-parameters> schema:value ?value }
