package vn.vientro.mobilisation.funnel;

/** Who brought an interest into the funnel: staff recording a contact, or the organisation from the public portal. */
public enum InterestSource {
    STAFF, PORTAL
}
