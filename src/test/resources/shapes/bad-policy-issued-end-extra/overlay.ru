# gkgsh:Policy-issuedEnd: on <policy/ai-generated-synthetic-content-labeling-measures>, add "2025-03-30"^^xsd:date.
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issuedEnd "2025-03-30"^^xsd:date }
