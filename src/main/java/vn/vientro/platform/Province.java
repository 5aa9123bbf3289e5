package vn.vientro.platform;

/** The province this deployment serves. */
public record Province(String code, String name, String fullNameVi, String fullNameEn) {
}
