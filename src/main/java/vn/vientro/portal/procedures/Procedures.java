package vn.vientro.portal.procedures;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.platform.Actor;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * The procedure pages' texts and forms: the focal point writes a page's text (stale versions refused) and uploads or
 * removes its forms, each file checked by the aid module's store as every upload of the application is; anyone reads
 * them. Each change is announced so the portal renews its cached pages.
 */
@Service
public class Procedures {

    private final ProcedurePageRepository pages;
    private final ProcedureFormRepository forms;
    private final AidFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Procedures(ProcedurePageRepository pages, ProcedureFormRepository forms, AidFiles files,
               ApplicationEventPublisher events, Clock clock) {
        this.pages = pages;
        this.forms = forms;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** The page's text as stored, for the public page: anyone reads it. */
    @Transactional(readOnly = true)
    public Optional<ProcedureText> text(ProcedureKind procedure) {
        return pages.findByProcedure(procedure).map(ProcedurePage::text);
    }

    /** The text for the focal point's form: the stored one, or an empty one to write the first. */
    @PreAuthorize(ProcedurePolicy.EDIT)
    @Transactional(readOnly = true)
    public ProcedureText draft(ProcedureKind procedure) {
        return text(procedure).orElse(new ProcedureText(null, null, null));
    }

    /** Writes the page's text, sanitised; refused when someone saved it since it was read. */
    @PreAuthorize(ProcedurePolicy.EDIT)
    @Transactional
    public void write(ProcedureKind procedure, @Nullable Long expectedVersion, ProcedureText text) {
        Instant now = Instant.now(clock);
        Optional<ProcedurePage> stored = pages.findByProcedure(procedure);
        ProcedurePage page;
        if (stored.isEmpty()) {
            if (expectedVersion != null) {
                throw new StaleVersionException("procedure page", procedure);
            }
            page = ProcedurePage.write(procedure, text, Actor.current(), now);
        } else {
            page = stored.get();
            if (!Objects.equals(page.version(), expectedVersion)) {
                throw new StaleVersionException("procedure page", procedure);
            }
            page.rewrite(text, Actor.current(), now);
        }
        pages.save(page);
        events.publishEvent(new ProcedureChanged(procedure));
    }

    /** Keeps a form for the procedure (PDF, Word, Excel..., recognised from the content and size-checked). */
    @PreAuthorize(ProcedurePolicy.EDIT)
    @Transactional
    public long attach(ProcedureKind procedure, FormUpload titles, String fileName, byte[] content) {
        StoredFile file = files.store(fileName, content);
        long id = Objects.requireNonNull(forms.save(new ProcedureForm(null, null, procedure, file.id(),
                fileName.strip(), Objects.requireNonNull(titles.titleVi()), titles.titleEn(),
                Actor.current(), Instant.now(clock))).id());
        events.publishEvent(new ProcedureChanged(procedure));
        return id;
    }

    @PreAuthorize(ProcedurePolicy.EDIT)
    @Transactional
    public void remove(ProcedureKind procedure, long formId) {
        forms.delete(form(procedure, formId));
        events.publishEvent(new ProcedureChanged(procedure));
    }

    /** The procedure's forms, for its pages: anyone reads them. */
    @Transactional(readOnly = true)
    public List<FormView> forms(ProcedureKind procedure) {
        return forms.findByProcedureOrderById(procedure).stream().map(form -> {
            StoredFile file = files.find(form.storedFileId()).orElseThrow();
            return new FormView(Objects.requireNonNull(form.id()), form.titleVi(), form.titleEn(),
                    file.downloadName(form.fileName()), file.contentType(), file.sizeBytes());
        }).toList();
    }

    /** A form's file, to download from the portal. */
    @Transactional(readOnly = true)
    public Download download(long formId) {
        ProcedureForm form = forms.findById(formId).orElseThrow(() -> new NotFoundException("procedure form",
                formId));
        StoredFile file = files.find(form.storedFileId()).orElseThrow();
        return new Download(file, file.downloadName(form.fileName()), files.read(file.id()));
    }

    private ProcedureForm form(ProcedureKind procedure, long formId) {
        return forms.findById(formId).filter(form -> form.procedure() == procedure)
                .orElseThrow(() -> new NotFoundException("procedure form", formId));
    }

    /** A form as the pages list it. */
    public record FormView(long id, String titleVi, @Nullable String titleEn, String fileName, String contentType,
                           long sizeBytes) {

        public String title(boolean english) {
            return english && titleEn != null ? titleEn : titleVi;
        }
    }

    /** A form's file with the name to offer and its content. */
    public record Download(StoredFile file, String name, byte[] content) {
    }
}
