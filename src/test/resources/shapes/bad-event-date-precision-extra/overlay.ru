# gkgsh:Event-datePrecision: on <event/deepseek-r1-release>, add gkg:DayPrecision.
INSERT DATA { <event/deepseek-r1-release> gkg:datePrecision gkg:DayPrecision }
