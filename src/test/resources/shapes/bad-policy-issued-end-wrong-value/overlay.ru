# gkgsh:Policy-issuedEnd: on <policy/ai-generated-synthetic-content-labeling-measures>, set "2025-03-31".
DELETE WHERE { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issuedEnd ?value } ;
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issuedEnd "2025-03-31" }
