# gkgsh:ReportSection-number: on <report/cnnic-genai-2025/section/2.1>, set "2.1"@zh.
DELETE WHERE { <report/cnnic-genai-2025/section/2.1> gkg:sectionNumber ?value } ;
INSERT DATA { <report/cnnic-genai-2025/section/2.1> gkg:sectionNumber "2.1"@zh }
