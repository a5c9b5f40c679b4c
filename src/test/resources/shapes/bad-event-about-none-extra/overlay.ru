# gkgsh:Event-aboutNone: on <event/example-milestone>, add a second reason.
INSERT DATA { <event/example-milestone> gkg:aboutNone "Another reason."@en }
