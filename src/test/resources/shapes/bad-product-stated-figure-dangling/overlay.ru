# gkgsh:Product-statedFigure: on <model/example-model-2>, add <figure/missing>.
INSERT DATA { <model/example-model-2> gkg:statedFigure <figure/missing> }
