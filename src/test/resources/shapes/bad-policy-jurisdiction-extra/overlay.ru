# gkgsh:Policy-jurisdiction: on <policy/ai-generated-synthetic-content-labeling-measures>, add <place/beijing>.
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:jurisdiction <place/beijing> }
