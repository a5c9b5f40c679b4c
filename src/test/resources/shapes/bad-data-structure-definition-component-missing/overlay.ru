# gkgsh:DataStructureDefinition-component: on <dsd/users>, remove.
DELETE WHERE { <dsd/users> qb:component ?value }
