# gkgsh:ReportTable-isPartOf: on <report/cnnic-genai-2025/table/1>, add a second report.
INSERT DATA { <report/second-report> a gkg:Report ; rdfs:label "第二份报告"@zh ; dcterms:issued "2025-11"^^xsd:gYearMonth .
  <report/cnnic-genai-2025/table/1> dcterms:isPartOf <report/second-report> }
