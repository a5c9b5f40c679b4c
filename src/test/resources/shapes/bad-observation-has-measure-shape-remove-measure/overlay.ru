# gkgsh:ObservationHasMeasureShape: on <observation/users/2025-06>, remove the measure value (the data set measure and the common sdmx-measure:obsValue).
DELETE WHERE { <observation/users/2025-06> <measure/users> ?value } ;
DELETE WHERE { <observation/users/2025-06> sdmx-measure:obsValue ?value }
