# gkgsh:ReportSection-report: on <report/cnnic-genai-2025/section/2.1>, remove.
DELETE WHERE { <report/cnnic-genai-2025/section/2.1> dcterms:isPartOf ?value }
