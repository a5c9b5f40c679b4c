# gkgsh:AIProduct-previousVersion: on <model/example-model-2>, set <model/missing>.
DELETE WHERE { <model/example-model-2> gkg:previousVersion ?value } ;
INSERT DATA { <model/example-model-2> gkg:previousVersion <model/missing> }
