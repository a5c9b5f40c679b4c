# gkgsh:Event-about: on <event/deepseek-r1-release>, set <model/missing>.
DELETE WHERE { <event/deepseek-r1-release> gkg:about ?value } ;
INSERT DATA { <event/deepseek-r1-release> gkg:about <model/missing> }
