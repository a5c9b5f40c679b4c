# gkgsh:DateKey-basis: on <policy/ai-generated-synthetic-content-labeling-measures>, set a qualifier (gkg:Estimated), not a concept of gkg:DateBases.
DELETE WHERE { <policy/ai-generated-synthetic-content-labeling-measures> gkg:dateBasis ?value } ;
INSERT DATA { <policy/ai-generated-synthetic-content-labeling-measures> gkg:dateBasis gkg:Estimated }
