# gkgsh:Code-changeOf: on <code/indicator/genai-users-increase>, add a second level indicator.
INSERT DATA { <code/indicator/genai-users-increase> gkg:changeOf <code/indicator/genai-users-increase> }
