# gkgsh:ApplicationScenario-scheme: on <scenario/content-creation>, set <scheme/missing>.
DELETE WHERE { <scenario/content-creation> skos:inScheme ?value } ;
INSERT DATA { <scenario/content-creation> skos:inScheme <scheme/missing> }
