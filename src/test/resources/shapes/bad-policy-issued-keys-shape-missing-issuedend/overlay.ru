# gkgsh:PolicyIssuedKeysShape: on <policy/ai-generated-synthetic-content-labeling-measures>, remove gkg:issuedEnd.
DELETE WHERE { <policy/ai-generated-synthetic-content-labeling-measures> gkg:issuedEnd ?value }
