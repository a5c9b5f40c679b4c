# gkgsh:Policy-issued: on <policy/ai-generated-synthetic-content-labeling-measures>, set "2025年3月".
DELETE WHERE { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issued ?value } ;
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issued "2025年3月" }
