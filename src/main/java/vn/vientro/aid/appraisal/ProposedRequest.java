package vn.vientro.aid.appraisal;

/** An agency the appraisal lead would normally ask, and on what (the default set, before the lead edits it). */
public record ProposedRequest(long agencyId, String agencyName, OpinionTopic topic) {

    public boolean confidential() {
        return topic.confidential();
    }
}
