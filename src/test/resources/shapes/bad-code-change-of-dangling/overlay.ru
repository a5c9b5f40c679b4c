# gkgsh:Code-changeOf: on <code/indicator/genai-users-increase>, set <code/indicator/missing>.
DELETE WHERE { <code/indicator/genai-users-increase> gkg:changeOf ?value } ;
INSERT DATA { <code/indicator/genai-users-increase> gkg:changeOf <code/indicator/missing> }
