package vn.vientro.mobilisation.plan;

/** The kinds of mobilisation activity the provinces' yearly plans name (seed 003 §II, seed 000 §II.7a). */
public enum ActivityType {
    /** Visit and gifts to an NGO already working in the province, asking it to extend or add projects. */
    NGO_VISIT,
    /** Meeting with COMINGO, VUFO, PACCOM or a provincial union of friendship organisations. */
    CENTRAL_BODIES_MEETING,
    CONFERENCE,
    /** A delegation abroad, or mobilisation folded into a provincial leader's trip. */
    DELEGATION_ABROAD,
    /** Study tour to a province that mobilises well. */
    STUDY_TOUR,
    EMBASSY_VISIT,
    /** A bilingual bulletin or leaflet presenting the province's needs. */
    BULLETIN,
    TRAINING
}
