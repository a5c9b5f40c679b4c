# gkgsh:Code-concerns: on <code/indicator/genai-users>, set <policy/missing>.
DELETE WHERE { <code/indicator/genai-users> gkg:concerns ?value } ;
INSERT DATA { <code/indicator/genai-users> gkg:concerns <policy/missing> }
