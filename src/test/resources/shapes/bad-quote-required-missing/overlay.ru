# gkgsh:Quote-required: on <policy/ai-generated-synthetic-content-labeling-measures>, remove.
DELETE WHERE { <policy/ai-generated-synthetic-content-labeling-measures> gkg:quote ?value }
