# gkgsh:Agency-jurisdiction: on <agency/cyberspace-administration-of-china>, add <place/beijing>.
INSERT DATA { <agency/cyberspace-administration-of-china> gkg:jurisdiction <place/beijing> }
