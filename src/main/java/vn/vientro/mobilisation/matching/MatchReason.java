package vn.vientro.mobilisation.matching;

/** Why an organisation is likely to fund a need, one part of its score; each has a text in both languages. */
public enum MatchReason {
    /** It declares the need's priority field. */
    PRIORITY_FIELD,
    /** It declares a DAC sector of one of the need's categories. */
    SECTORS,
    /** It declares one of the need's communes. */
    COMMUNES,
    /** It funded approved aid in one of the need's DAC categories in the province. */
    PAST_AID,
    /** Of that aid, some was in one of the need's communes. */
    PAST_AID_IN_COMMUNES,
    /** Its registration paper is valid until a month (no points: a condition, said so it can be checked). */
    PAPER_VALID,
    /** A foreign NGO without a valid paper: ranked after every organisation that may work now. */
    NO_VALID_PAPER,
    /** Under inspection: still listed, with this said. */
    UNDER_INSPECTION
}
