package vn.vientro.mobilisation;

import vn.vientro.shared.ProblemType;

/** The mobilisation module's problems: what a catalogue need's rules refuse, each under one stable type. */
public enum MobilisationProblem implements ProblemType {
    /** A step the need's state does not allow now. */
    NEED_TRANSITION_REFUSED(Kind.CONFLICT),
    /** Only a draft or a returned need is changed; a submitted one is the appraisal lead's to return. */
    NEED_LOCKED(Kind.CONFLICT),
    /** A need is accepted and approved only with its English title, summary and objectives (seed 004 §2.2). */
    TRANSLATION_MISSING(Kind.CONFLICT),
    /** A change of a catalogue version its state refuses: an approved version is frozen, one draft per period. */
    CATALOGUE_CHANGE_REFUSED(Kind.CONFLICT),
    /** A move of an interest the funnel's order refuses, or a second interest of one organisation in one need. */
    INTEREST_MOVE_REFUSED(Kind.CONFLICT),
    /** Organisations are matched to a need once it is published to them, not before. */
    NEED_NOT_PUBLISHED(Kind.CONFLICT);

    private final Kind kind;

    MobilisationProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
