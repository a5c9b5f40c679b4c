# gkgsh:ReportTable-number: on <report/cnnic-genai-2025/table/1>, add "2"^^xsd:integer.
INSERT DATA { <report/cnnic-genai-2025/table/1> gkg:tableNumber "2"^^xsd:integer }
