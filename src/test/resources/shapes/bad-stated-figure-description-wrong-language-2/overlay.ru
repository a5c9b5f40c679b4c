# gkgsh:StatedFigure-description: on <figure/example-model-2-parameters>, add "另一描述"@zh.
INSERT DATA { <figure/example-model-2-parameters> schema:description "另一描述"@zh }
