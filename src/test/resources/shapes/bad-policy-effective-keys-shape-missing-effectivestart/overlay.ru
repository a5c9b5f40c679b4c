# gkgsh:PolicyEffectiveKeysShape: on <policy/example-policy>, remove gkg:effectiveStart.
DELETE WHERE { <policy/example-policy> gkg:effectiveStart ?value }
