# gkgsh:Agency-jurisdiction: on <agency/cyberspace-administration-of-china>, set <place/atlantis>.
DELETE WHERE { <agency/cyberspace-administration-of-china> gkg:jurisdiction ?value } ;
INSERT DATA { <agency/cyberspace-administration-of-china> gkg:jurisdiction <place/atlantis> }
