# gkgsh:Policy-issuedStart: on <policy/ai-generated-synthetic-content-labeling-measures>, set "2025-03"^^xsd:gYearMonth.
DELETE WHERE { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issuedStart ?value } ;
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issuedStart "2025-03"^^xsd:gYearMonth }
