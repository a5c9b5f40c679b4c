# gkgsh:Agency-parent: on <agency/example-committee>, add a second parent agency.
INSERT DATA { <agency/example-committee> org:subOrganizationOf <agency/cyberspace-administration-of-china> }
