package vn.vientro.monitoring.evaluation;

/** The OECD-DAC evaluation criteria (2019 revision), in the order evaluation reports discuss them. */
public enum Criterion {
    RELEVANCE, COHERENCE, EFFECTIVENESS, EFFICIENCY, IMPACT, SUSTAINABILITY
}
