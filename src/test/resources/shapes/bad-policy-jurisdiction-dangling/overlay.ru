# gkgsh:Policy-jurisdiction: on <policy/ai-generated-synthetic-content-labeling-measures>, set <place/atlantis>.
DELETE WHERE { <policy/ai-generated-synthetic-content-labeling-measures> gkg:jurisdiction ?value } ;
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:jurisdiction <place/atlantis> }
