# gkgsh:Place-within: on <place/beijing>, add <place/beijing>.
INSERT DATA { <place/beijing> gkg:within <place/beijing> }
