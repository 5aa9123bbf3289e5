package vn.vientro.registry.opinion;

/** An agency's answer, and the province's conclusion, on an NGO's application. */
public enum OpinionAnswer {
    AGREE,
    AGREE_WITH_CONDITIONS,
    DISAGREE
}
