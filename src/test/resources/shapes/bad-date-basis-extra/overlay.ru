# gkgsh:DateKey-basis: on <policy/ai-generated-synthetic-content-labeling-measures>, add a second date basis.
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:dateBasis gkg:DateFromContext }
