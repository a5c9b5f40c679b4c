# gkgsh:ReportSection-number: on <report/cnnic-genai-2025/section/2.1>, add "2.2".
INSERT DATA { <report/cnnic-genai-2025/section/2.1> gkg:sectionNumber "2.2" }
