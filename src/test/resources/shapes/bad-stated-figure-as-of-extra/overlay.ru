# gkgsh:StatedFigure-asOf: on <figure/example-model-2-parameters>, add "2024"^^xsd:gYear.
INSERT DATA { <figure/example-model-2-parameters> gkg:asOf "2024"^^xsd:gYear }
