# gkgsh:Policy-category: on <policy/ai-generated-synthetic-content-labeling-measures>, add gkg:IndustryEnabling.
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:category gkg:IndustryEnabling }
