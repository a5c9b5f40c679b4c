# gkgsh:Agency-parent: on <agency/example-committee>, set <organization/deepseek>.
DELETE WHERE { <agency/example-committee> org:subOrganizationOf ?value } ;
INSERT DATA { <agency/example-committee> org:subOrganizationOf <organization/deepseek> }
