# gkgsh:ReportTable-isPartOf: on <report/cnnic-genai-2025/table/1>, set <report/missing>.
DELETE WHERE { <report/cnnic-genai-2025/table/1> dcterms:isPartOf ?value } ;
INSERT DATA { <report/cnnic-genai-2025/table/1> dcterms:isPartOf <report/missing> }
