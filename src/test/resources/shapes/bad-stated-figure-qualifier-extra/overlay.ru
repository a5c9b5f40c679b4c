# gkgsh:StatedFigure-qualifier: on <figure/example-model-2-parameters>, add gkg:Exactly.
INSERT DATA { <figure/example-model-2-parameters> gkg:qualifier gkg:Exactly }
