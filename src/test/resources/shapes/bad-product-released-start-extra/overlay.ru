# gkgsh:Product-releasedStart: on <model/deepseek-r1>, add "2025-01-02"^^xsd:date.
INSERT DATA { <model/deepseek-r1> gkg:releasedStart "2025-01-02"^^xsd:date }
