# gkgsh:ReportTable-number: on <report/cnnic-genai-2025/table/1>, set "1".
DELETE WHERE { <report/cnnic-genai-2025/table/1> gkg:tableNumber ?value } ;
INSERT DATA { <report/cnnic-genai-2025/table/1> gkg:tableNumber "1" }
