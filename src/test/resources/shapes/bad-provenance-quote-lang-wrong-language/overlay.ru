# gkgsh:Provenance-quoteLang: on <model/deepseek-r1>, add "untagged quote".
INSERT DATA { <model/deepseek-r1> gkg:quote "untagged quote" }
