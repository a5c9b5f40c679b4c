# gkgsh:DateInferred-boolean: on <event/deepseek-r1-release>, set "yes"^^xsd:string.
DELETE WHERE { <event/deepseek-r1-release> gkg:dateInferred ?value } ;
INSERT DATA { <event/deepseek-r1-release> gkg:dateInferred "yes"^^xsd:string }
