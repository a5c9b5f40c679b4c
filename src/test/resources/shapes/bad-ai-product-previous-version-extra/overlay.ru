# gkgsh:AIProduct-previousVersion: on <model/example-model-2>, add <model/deepseek-r1>.
INSERT DATA { <model/example-model-2> gkg:previousVersion <model/deepseek-r1> }
