# gkgsh:Event-date: on <event/deepseek-r1-release>, set "2025-01/2025-4".
DELETE WHERE { <event/deepseek-r1-release> gkg:date ?value } ;
INSERT DATA { <event/deepseek-r1-release> gkg:date "2025-01/2025-4" }
