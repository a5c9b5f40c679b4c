# gkgsh:Event-startDate: on <event/deepseek-r1-release>, set "2025-01"^^xsd:gYearMonth.
DELETE WHERE { <event/deepseek-r1-release> gkg:startDate ?value } ;
INSERT DATA { <event/deepseek-r1-release> gkg:startDate "2025-01"^^xsd:gYearMonth }
