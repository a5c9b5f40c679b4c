# gkgsh:Event-about: on <event/deepseek-r1-release>, add <model/example-model-1>.
INSERT DATA { <event/deepseek-r1-release> gkg:about <model/example-model-1> }
