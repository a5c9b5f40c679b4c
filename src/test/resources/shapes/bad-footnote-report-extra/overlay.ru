# gkgsh:Footnote-report: on <source/cnnic2025-fn17>, add a second report.
INSERT DATA {
  <report/cnnic-genai-2024> a gkg:Report ; rdfs:label "生成式人工智能应用发展报告（2024）"@zh .
  <source/cnnic2025-fn17> dcterms:isPartOf <report/cnnic-genai-2024>
}
