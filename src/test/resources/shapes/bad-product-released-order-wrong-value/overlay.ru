# gkgsh:Product-releasedOrder: on <model/deepseek-r1>, set "2025-02-01"^^xsd:date.
DELETE WHERE { <model/deepseek-r1> gkg:releasedStart ?value } ;
INSERT DATA { <model/deepseek-r1> gkg:releasedStart "2025-02-01"^^xsd:date }
