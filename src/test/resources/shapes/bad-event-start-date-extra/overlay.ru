# gkgsh:Event-startDate: on <event/deepseek-r1-release>, add "2025-01-02"^^xsd:date.
INSERT DATA { <event/deepseek-r1-release> gkg:startDate "2025-01-02"^^xsd:date }
