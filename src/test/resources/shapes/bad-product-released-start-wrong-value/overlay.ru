# gkgsh:Product-releasedStart: on <model/deepseek-r1>, set "2025-01"^^xsd:gYearMonth.
DELETE WHERE { <model/deepseek-r1> gkg:releasedStart ?value } ;
INSERT DATA { <model/deepseek-r1> gkg:releasedStart "2025-01"^^xsd:gYearMonth }
