# gkgsh:Organization-parent: on <organization/example-lab>, set <organization/missing>.
DELETE WHERE { <organization/example-lab> org:subOrganizationOf ?value } ;
INSERT DATA { <organization/example-lab> org:subOrganizationOf <organization/missing> }
