package vn.vientro.registry;

/** Kinds of registration paper (giấy đăng ký), Decree 58/2022 Art. 8–9; project offices are legacy (Decree 12/2012). */
public enum PermitKind {
    OPERATION_REGISTRATION,
    REPRESENTATIVE_OFFICE,
    PROJECT_OFFICE
}
