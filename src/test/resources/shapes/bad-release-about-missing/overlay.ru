# gkgsh:Release-about: on <event/deepseek-r1-release>, remove gkg:about; a reason given in gkg:aboutNone does not stand in for the product.
DELETE WHERE { <event/deepseek-r1-release> gkg:about ?value } ;
INSERT DATA { <event/deepseek-r1-release> gkg:aboutNone "The product is not named."@en }
