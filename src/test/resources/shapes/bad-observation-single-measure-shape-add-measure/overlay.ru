# gkgsh:ObservationSingleMeasureShape: on <observation/users/2025-06>, add-measure.
INSERT DATA { <observation/users/2025-06> <measure/users> "6"^^xsd:decimal }
