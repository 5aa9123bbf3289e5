package vn.vientro.platform;

/** Implemented by the signed-in principal so the layout can greet the user without knowing the identity module. */
public interface UserDisplay {

    String displayName();

    String agencyName();
}
