package vn.vientro.mobilisation.catalogue;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.platform.DocumentTemplates;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;

/**
 * An approved version as a bilingual A4 brochure for NGOs (seed 004 §2.2): a cover, the contents, one page per
 * project with its first photo, and the focal point's contact page. The wording and layout are in
 * {@code templates/mobilisation/catalogue/brochure.xhtml}; DejaVu Sans is bundled so Vietnamese prints the same on
 * every server. The PDF is written straight to the response; photos are read from the file store as they are drawn.
 */
@Component
class CatalogueBrochure {

    private static final String PHOTO = "need-photo";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final CatalogueNames names;
    private final CatalogueQueries queries;
    private final DocumentTemplates templates;
    private final AidFiles files;
    private final Agencies agencies;
    private final AdminUnits adminUnits;

    CatalogueBrochure(CatalogueNames names, CatalogueQueries queries, DocumentTemplates templates, AidFiles files,
                      Agencies agencies, AdminUnits adminUnits) {
        this.names = names;
        this.queries = queries;
        this.templates = templates;
        this.files = files;
        this.agencies = agencies;
        this.adminUnits = adminUnits;
    }

    void write(VersionView version, OutputStream out) throws IOException {
        String xhtml = templates.render("mobilisation/catalogue/brochure", model(version), VI);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL,
                true);
        builder.useProtocolsStreamImplementation(new Photos(), PHOTO);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    private Map<String, Object> model(VersionView version) {
        List<CatalogueEntry> listed = version.listed();
        Map<String, Object> model = new HashMap<>();
        model.put("header", version.header());
        model.put("version", version);
        model.put("vi", names.lines(listed, VI));
        model.put("en", names.lines(listed, Locale.ENGLISH));
        model.put("photos", photos(listed));
        String province = adminUnits.deploymentProvinceCode();
        model.put("provinceVi", adminUnits.find(UnitSet.CURRENT, province).map(u -> u.fullName(VI)).orElse(""));
        model.put("provinceEn", adminUnits.find(UnitSet.CURRENT, province).map(u -> u.fullName(Locale.ENGLISH))
                .orElse(""));
        Optional<AgencyView> focal = agencies.focalPoints().stream().findFirst();
        model.put("focal", focal.orElse(null));
        return model;
    }

    /** Each need's first photo (PNG or JPEG) as the address the renderer asks {@link Photos} for. */
    private Map<Long, String> photos(List<CatalogueEntry> listed) {
        Map<Long, String> photos = new HashMap<>();
        queries.attachedFiles(listed.stream().map(CatalogueEntry::needId).toList()).forEach((need, stored) ->
                stored.stream().map(files::find).flatMap(Optional::stream).filter(CatalogueBrochure::photo)
                        .findFirst().ifPresent(file -> photos.put(need, PHOTO + ":" + file.id())));
        return photos;
    }

    private static boolean photo(StoredFile file) {
        return "image/png".equals(file.contentType()) || "image/jpeg".equals(file.contentType());
    }

    private static InputStream font(String name) {
        try {
            return new ClassPathResource("fonts/" + name).getInputStream();
        } catch (IOException e) {
            throw new IllegalStateException("bundled font missing: " + name, e);
        }
    }

    /** Opens a photo from the file store when the renderer draws it. */
    private final class Photos implements FSStreamFactory {

        @Override
        public FSStream getUrl(String url) {
            long id = Long.parseLong(url.substring(PHOTO.length() + 1));
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return files.open(id);
                }

                @Override
                public Reader getReader() {
                    return new InputStreamReader(files.open(id), StandardCharsets.UTF_8);
                }
            };
        }
    }
}
