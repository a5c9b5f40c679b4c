# gkgsh:Event-endDate: on <event/deepseek-r1-release>, set "2025-01-31".
DELETE WHERE { <event/deepseek-r1-release> gkg:endDate ?value } ;
INSERT DATA { <event/deepseek-r1-release> gkg:endDate "2025-01-31" }
