package vn.vientro.registry.contact;

/** How the province was in touch with a contact. */
public enum InteractionKind {
    MEETING, CALL, EMAIL, VISIT
}
