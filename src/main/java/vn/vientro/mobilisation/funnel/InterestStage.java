package vn.vientro.mobilisation.funnel;

/**
 * How far an organisation has come with a need, in the order mobilisation goes. An interest moves forward (a stage
 * may be skipped: a pledge can come straight after a visit) or is declined; committed and declined are final.
 */
public enum InterestStage {
    CONTACTED, INTERESTED, PROPOSAL_SENT, PLEDGED, COMMITTED, DECLINED;

    boolean isFinal() {
        return this == COMMITTED || this == DECLINED;
    }

    boolean mayFollow(InterestStage current) {
        return !current.isFinal() && (this == DECLINED || ordinal() > current.ordinal());
    }

    /** The stages of the funnel proper, in order: declined is a way out of it, not a stage of it. */
    static InterestStage[] funnel() {
        return new InterestStage[] {CONTACTED, INTERESTED, PROPOSAL_SENT, PLEDGED, COMMITTED};
    }
}
