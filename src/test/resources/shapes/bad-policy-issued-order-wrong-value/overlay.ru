# gkgsh:Policy-issuedOrder: on <policy/ai-generated-synthetic-content-labeling-measures>, set "2025-04-01"^^xsd:date.
DELETE WHERE { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issuedStart ?value } ;
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issuedStart "2025-04-01"^^xsd:date }
