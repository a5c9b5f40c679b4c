# gkgsh:ProductReleasedKeysShape: on <model/deepseek-r1>, remove gkg:releasedStart.
DELETE WHERE { <model/deepseek-r1> gkg:releasedStart ?value }
