# gkgsh:ApplicationScenario-scheme: on <scenario/content-creation>, remove.
DELETE WHERE { <scenario/content-creation> skos:inScheme ?value }
