# gkgsh:Product-developer: on <model/deepseek-r1>, add <model/deepseek-r1>.
INSERT DATA { <model/deepseek-r1> gkg:developer <model/deepseek-r1> }
