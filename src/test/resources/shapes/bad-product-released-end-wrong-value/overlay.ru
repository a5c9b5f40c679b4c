# gkgsh:Product-releasedEnd: on <model/deepseek-r1>, set "2025-01"^^xsd:gYearMonth.
DELETE WHERE { <model/deepseek-r1> gkg:releasedEnd ?value } ;
INSERT DATA { <model/deepseek-r1> gkg:releasedEnd "2025-01"^^xsd:gYearMonth }
