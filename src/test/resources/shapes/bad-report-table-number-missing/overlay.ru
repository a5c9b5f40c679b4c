# gkgsh:ReportTable-number: on <report/cnnic-genai-2025/table/1>, remove.
DELETE WHERE { <report/cnnic-genai-2025/table/1> gkg:tableNumber ?value }
