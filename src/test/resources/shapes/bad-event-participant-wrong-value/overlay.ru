# gkgsh:Event-participant: on <event/example-funding>, add "deepseek".
INSERT DATA { <event/example-funding> gkg:participant "deepseek" }
