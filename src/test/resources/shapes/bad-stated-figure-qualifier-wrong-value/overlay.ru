# gkgsh:StatedFigure-qualifier: on <figure/example-model-2-parameters>, set gkg:InForce.
DELETE WHERE { <figure/example-model-2-parameters> gkg:qualifier ?value } ;
INSERT DATA { <figure/example-model-2-parameters> gkg:qualifier gkg:InForce }
