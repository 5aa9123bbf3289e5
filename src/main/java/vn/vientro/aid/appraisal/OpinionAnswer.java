package vn.vientro.aid.appraisal;

/** An agency's answer to a request for its opinion. */
public enum OpinionAnswer {
    AGREE,
    AGREE_WITH_CONDITIONS,
    DISAGREE
}
