# gkgsh:Policy-issued: on <policy/ai-generated-synthetic-content-labeling-measures>, add "2025"^^xsd:gYear.
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issued "2025"^^xsd:gYear }
