# gkgsh:Policy-listedIn: on <policy/example-policy>, set a table that is not in the graph.
DELETE WHERE { <policy/example-policy> gkg:listedIn ?value } ;
INSERT DATA { <policy/example-policy> gkg:listedIn <report/cnnic-genai-2025/table/9> }
