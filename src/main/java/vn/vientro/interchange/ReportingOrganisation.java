package vn.vientro.interchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province as the publisher of its IATI files ({@code vientro.interchange.reporting-org}).
 *
 * @param ref    its IATI organisation identifier
 * @param type   its IATI OrganisationType code (11: local government)
 * @param nameVi its name in Vietnamese
 * @param nameEn its name in English
 */
@ConfigurationProperties("vientro.interchange.reporting-org")
record ReportingOrganisation(@DefaultValue("VN-COA-25") String ref, @DefaultValue("11") String type,
                             String nameVi, String nameEn) {
}
