# gkgsh:TranslatedLabel-lang: on <person/example-person>, set "Example Person"@en.
DELETE WHERE { <person/example-person> gkg:translatedLabel ?value } ;
INSERT DATA { <person/example-person> gkg:translatedLabel "Example Person"@en }
