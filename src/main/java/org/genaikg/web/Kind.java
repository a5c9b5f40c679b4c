package org.genaikg.web;

import java.util.Optional;
import org.genaikg.vocab.Namespaces;

/**
 * The kinds of resource the home page counts and lists, by the {@code {kind}} segment of their IRI
 * ({@code https://w3id.org/genai-kg/resource/{kind}/{id}}), which the IRI scheme fixes per kind.
 */
enum Kind {
    PLACE("place", "Countries and places", "国家和地区"),
    AGENCY("agency", "Government agencies", "政府机构"),
    POLICY("policy", "Policies", "政策文件"),
    ORGANIZATION("organization", "Companies and organisations", "企业与机构"),
    PERSON("person", "People", "人物"),
    MODEL("model", "Models and products", "模型与产品"),
    SCENARIO("scenario", "Application scenarios", "应用场景"),
    TERM("term", "Terms", "术语"),
    EVENT("event", "Events", "事件"),
    DATASET("dataset", "Statistical data sets", "统计数据集"),
    OBSERVATION("observation", "Observations", "统计观测值"),
    FOOTNOTE("source", "Footnotes", "脚注");

    final String segment;
    final String en;
    final String zh;

    Kind(String segment, String en, String zh) {
        this.segment = segment;
        this.en = en;
        this.zh = zh;
    }

    String prefix() {
        return Namespaces.RES + segment + "/";
    }

    String listHref() {
        return "/list/" + segment;
    }

    static Optional<Kind> ofSegment(String segment) {
        for (Kind kind : values()) {
            if (kind.segment.equals(segment)) return Optional.of(kind);
        }
        return Optional.empty();
    }

    /** The kind an IRI belongs to: observations ({@code observation/{dataset}/{id}}) as well as flat kinds. */
    static Optional<Kind> of(String iri) {
        for (Kind kind : values()) {
            if (iri.startsWith(kind.prefix())) return Optional.of(kind);
        }
        return Optional.empty();
    }
}
