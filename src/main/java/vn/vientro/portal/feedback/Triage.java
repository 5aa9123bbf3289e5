package vn.vientro.portal.feedback;

/** The focal point's first decision on a feedback: take it up, or not. */
public enum Triage {
    ACCEPT, REJECT
}
