# gkgsh:ReportSection-report: on <report/cnnic-genai-2025/section/2.1>, add a second report.
INSERT DATA {
  <report/cnnic-genai-2024> a gkg:Report ; rdfs:label "生成式人工智能应用发展报告（2024）"@zh .
  <report/cnnic-genai-2025/section/2.1> dcterms:isPartOf <report/cnnic-genai-2024>
}
