# gkgsh:DataSet-structure: on <dataset/users>, add a second structure.
INSERT DATA {
  <dsd/users-by-region> a qb:DataStructureDefinition ; qb:component <dsd/users/component/users> .
  <dataset/users> qb:structure <dsd/users-by-region>
}
