package vn.vientro.mobilisation.reward;

/** Who issued a reward's decision: a central body, the province, a department, a commune. */
public enum IssuingLevel {
    CENTRAL, PROVINCE, DEPARTMENT, COMMUNE
}
