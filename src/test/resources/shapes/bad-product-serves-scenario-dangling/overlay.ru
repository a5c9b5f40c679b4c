# gkgsh:Product-servesScenario: on <model/example-model-2>, add <scenario/missing>.
INSERT DATA { <model/example-model-2> gkg:servesScenario <scenario/missing> }
