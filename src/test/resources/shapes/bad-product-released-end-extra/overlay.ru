# gkgsh:Product-releasedEnd: on <model/deepseek-r1>, add "2025-01-30"^^xsd:date.
INSERT DATA { <model/deepseek-r1> gkg:releasedEnd "2025-01-30"^^xsd:date }
