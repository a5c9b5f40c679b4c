# gkgsh:Event-aboutNone: on <event/example-milestone>, set a text without a language tag.
DELETE WHERE { <event/example-milestone> gkg:aboutNone ?value } ;
INSERT DATA { <event/example-milestone> gkg:aboutNone "No policy or product is concerned." }
