# gkgsh:PolicyEvent-about: on <event/ai-generated-synthetic-content-labeling-measures-issuance>, set <model/deepseek-r1>.
DELETE WHERE { <event/ai-generated-synthetic-content-labeling-measures-issuance> gkg:about ?value } ;
INSERT DATA { <event/ai-generated-synthetic-content-labeling-measures-issuance> gkg:about <model/deepseek-r1> }
