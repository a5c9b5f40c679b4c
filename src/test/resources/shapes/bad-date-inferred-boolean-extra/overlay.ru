# gkgsh:DateInferred-boolean: on <event/deepseek-r1-release>, add "false"^^xsd:boolean.
INSERT DATA { <event/deepseek-r1-release> gkg:dateInferred "false"^^xsd:boolean }
