package vn.vientro.portal.feedback;

/** Why a feedback is not taken up: spam, or a matter the province's aid programme does not handle. */
public enum Rejection {
    SPAM, OUT_OF_SCOPE
}
