# gkgsh:Policy-category: on <policy/ai-generated-synthetic-content-labeling-measures>, set gkg:InForce.
DELETE WHERE { <policy/ai-generated-synthetic-content-labeling-measures> gkg:category ?value } ;
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:category gkg:InForce }
