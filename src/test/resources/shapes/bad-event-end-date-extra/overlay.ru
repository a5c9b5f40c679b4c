# gkgsh:Event-endDate: on <event/deepseek-r1-release>, add "2025-01-30"^^xsd:date.
INSERT DATA { <event/deepseek-r1-release> gkg:endDate "2025-01-30"^^xsd:date }
