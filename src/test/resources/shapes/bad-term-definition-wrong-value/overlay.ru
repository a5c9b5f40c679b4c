# gkgsh:Term-definition: on <term/hallucination>, set a definition without a language tag.
DELETE WHERE { <term/hallucination> skos:definition ?value } ;
INSERT DATA { <term/hallucination> skos:definition "幻觉：指人工智能模型生成的内容与事实不符或逻辑混乱的现象。" }
