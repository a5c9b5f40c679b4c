# gkgsh:PolicyEvent-about: on <event/ai-generated-synthetic-content-labeling-measures-issuance>, remove.
DELETE WHERE { <event/ai-generated-synthetic-content-labeling-measures-issuance> gkg:about ?value }
