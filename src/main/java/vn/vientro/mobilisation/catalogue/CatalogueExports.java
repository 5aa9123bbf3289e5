package vn.vientro.mobilisation.catalogue;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Sends an approved version as the Excel table or the PDF brochure, for the pages and the API alike: the same rights
 * as reading the version, and only what its decision approved, so no export carries an agency's draft.
 */
@Component
class CatalogueExports {

    private final Catalogues catalogues;
    private final CatalogueExcel excel;
    private final CatalogueBrochure brochure;

    CatalogueExports(Catalogues catalogues, CatalogueExcel excel, CatalogueBrochure brochure) {
        this.catalogues = catalogues;
        this.excel = excel;
        this.brochure = brochure;
    }

    void excel(long versionId, Locale locale, HttpServletResponse response) throws IOException {
        VersionView version = catalogues.approvedVersion(versionId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name(version) + ".xlsx\"");
        excel.write(version, locale, response.getOutputStream());
    }

    void brochure(long versionId, HttpServletResponse response) throws IOException {
        VersionView version = catalogues.approvedVersion(versionId);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name(version) + ".pdf\"");
        brochure.write(version, response.getOutputStream());
    }

    private static String name(VersionView version) {
        VersionHeader header = version.header();
        return "danh-muc-keu-goi-vien-tro-" + header.firstYear() + "-" + header.lastYear() + "-v" + header.revision();
    }
}
