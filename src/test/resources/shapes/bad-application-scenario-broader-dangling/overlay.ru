# gkgsh:ApplicationScenario-broader: on <scenario/content-creation>, set <scenario/missing>.
DELETE WHERE { <scenario/content-creation> skos:broader ?value } ;
INSERT DATA { <scenario/content-creation> skos:broader <scenario/missing> }
