# gkgsh:DateKey-end: on <model/example-model-1>, add "2025-02"^^xsd:gYearMonth.
INSERT DATA { <model/example-model-1> gkg:endDate "2025-02"^^xsd:gYearMonth }
