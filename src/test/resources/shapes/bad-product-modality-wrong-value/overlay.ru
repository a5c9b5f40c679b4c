# gkgsh:Product-modality: on <model/example-model-2>, add gkg:DayPrecision.
INSERT DATA { <model/example-model-2> gkg:modality gkg:DayPrecision }
