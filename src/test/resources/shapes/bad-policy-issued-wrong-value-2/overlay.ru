# gkgsh:Policy-issued: on <policy/ai-generated-synthetic-content-labeling-measures>, set "2025-13"^^xsd:gYearMonth.
DELETE WHERE { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issued ?value } ;
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issued "2025-13"^^xsd:gYearMonth }
