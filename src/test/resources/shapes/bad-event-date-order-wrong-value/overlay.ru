# gkgsh:Event-dateOrder: on <event/deepseek-r1-release>, set "2025-02-01"^^xsd:date.
DELETE WHERE { <event/deepseek-r1-release> gkg:startDate ?value } ;
INSERT DATA { <event/deepseek-r1-release> gkg:startDate "2025-02-01"^^xsd:date }
