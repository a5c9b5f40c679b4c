# gkgsh:Policy-issuedBy: on <policy/ai-generated-synthetic-content-labeling-measures>, set <agency/missing>.
DELETE WHERE { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issuedBy ?value } ;
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issuedBy <agency/missing> }
