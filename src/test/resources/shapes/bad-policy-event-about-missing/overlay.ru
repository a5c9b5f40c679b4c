# gkgsh:PolicyEvent-about: on <event/ai-generated-synthetic-content-labeling-measures-issuance>, remove gkg:about; a reason given in gkg:aboutNone does not stand in for the policy.
DELETE WHERE { <event/ai-generated-synthetic-content-labeling-measures-issuance> gkg:about ?value } ;
INSERT DATA { <event/ai-generated-synthetic-content-labeling-measures-issuance> gkg:aboutNone "The policy is not named."@en }
