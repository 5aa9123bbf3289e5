package vn.vientro.portal.feedback;

/** What a feedback is about: a published aid item or a published need of the catalogue. */
public enum SubjectKind {
    AID_ITEM, NEED
}
