# gkgsh:Event-startDate: on <event/deepseek-r1-release>, remove.
DELETE WHERE { <event/deepseek-r1-release> gkg:startDate ?value }
