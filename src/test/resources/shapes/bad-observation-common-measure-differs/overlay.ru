# gkgsh:ObservationSingleMeasureShape: on <observation/users/2025-06>, the common measure sdmx-measure:obsValue differs from the data set measure value.
DELETE WHERE { <observation/users/2025-06> sdmx-measure:obsValue ?value } ;
INSERT DATA { <observation/users/2025-06> sdmx-measure:obsValue "5.16"^^xsd:decimal }
