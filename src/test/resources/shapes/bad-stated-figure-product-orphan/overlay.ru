# gkgsh:StatedFigure-product: on <figure/example-model-2-parameters>, orphan.
DELETE WHERE { ?product gkg:statedFigure <figure/example-model-2-parameters> }
