# gkgsh:DataSet-structure: on <dataset/users>, set <dsd/missing>.
DELETE WHERE { <dataset/users> qb:structure ?value } ;
INSERT DATA { <dataset/users> qb:structure <dsd/missing> }
