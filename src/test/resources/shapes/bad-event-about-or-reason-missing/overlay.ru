# gkgsh:EventShape: on <event/example-funding>, remove gkg:about (and it gives no gkg:aboutNone).
DELETE WHERE { <event/example-funding> gkg:about ?value }
