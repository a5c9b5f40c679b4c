# gkgsh:Release-about: on <event/deepseek-r1-release>, remove.
DELETE WHERE { <event/deepseek-r1-release> gkg:about ?value }
