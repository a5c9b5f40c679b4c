# gkgsh:ApplicationScenario-broader: on <scenario/content-creation>, add <scenario/agriculture>.
INSERT DATA { <scenario/content-creation> skos:broader <scenario/agriculture> }
