# gkgsh:Policy-issuedStart: on <policy/ai-generated-synthetic-content-labeling-measures>, add "2025-03-02"^^xsd:date.
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issuedStart "2025-03-02"^^xsd:date }
