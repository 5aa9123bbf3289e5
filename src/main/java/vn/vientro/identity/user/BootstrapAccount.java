package vn.vientro.identity.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first agency and administrator of a new installation ({@code vientro.bootstrap} in {@code application.yml});
 * both are renamed later on the agencies and users pages.
 */
@ConfigurationProperties("vientro.bootstrap")
record BootstrapAccount(String adminFullName, String agencyCode, String agencyNameVi, String agencyNameEn) {
}
