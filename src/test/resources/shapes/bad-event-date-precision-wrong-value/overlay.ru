# gkgsh:Event-datePrecision: on <event/deepseek-r1-release>, set gkg:Exactly.
DELETE WHERE { <event/deepseek-r1-release> gkg:datePrecision ?value } ;
INSERT DATA { <event/deepseek-r1-release> gkg:datePrecision gkg:Exactly }
