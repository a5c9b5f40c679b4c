# gkgsh:Organization-parent: on <organization/example-lab>, add <organization/deepseek>.
INSERT DATA { <organization/example-lab> org:subOrganizationOf <organization/deepseek> }
