# gkgsh:ObservationHasMeasureShape: on <observation/users/2025-06>, remove-measure.
DELETE WHERE { <observation/users/2025-06> <measure/users> ?value }
