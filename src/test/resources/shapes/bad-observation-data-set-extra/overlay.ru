# gkgsh:Observation-dataSet: on <observation/users/2025-06>, add a second data set.
INSERT DATA {
  <dataset/users-copy> a qb:DataSet ; rdfs:label "生成式人工智能用户规模（副本）"@zh ; qb:structure <dsd/users> .
  <observation/users/2025-06> qb:dataSet <dataset/users-copy>
}
