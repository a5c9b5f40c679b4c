# gkgsh:Policy-issuedBy: on <policy/ai-generated-synthetic-content-labeling-measures>, add <place/china>.
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issuedBy <place/china> }
