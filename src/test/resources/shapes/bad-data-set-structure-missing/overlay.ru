# gkgsh:DataSet-structure: on <dataset/users>, remove.
DELETE WHERE { <dataset/users> qb:structure ?value }
