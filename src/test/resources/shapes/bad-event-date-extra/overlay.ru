# gkgsh:Event-date: on <event/deepseek-r1-release>, add "2025"^^xsd:gYear.
INSERT DATA { <event/deepseek-r1-release> gkg:date "2025"^^xsd:gYear }
