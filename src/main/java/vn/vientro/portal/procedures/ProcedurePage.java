package vn.vientro.portal.procedures;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The focal point's text of one procedure's page, in both languages, always stored sanitised. */
@Table(schema = "portal", name = "procedure_page")
class ProcedurePage {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final ProcedureKind procedure;
    private String bodyVi;
    private @Nullable String bodyEn;
    private String changedBy;
    private Instant changedAt;

    @PersistenceCreator
    ProcedurePage(@Nullable Long id, @Nullable Long version, ProcedureKind procedure, String bodyVi,
                  @Nullable String bodyEn, String changedBy, Instant changedAt) {
        this.id = id;
        this.version = version;
        this.procedure = procedure;
        this.bodyVi = bodyVi;
        this.bodyEn = bodyEn;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    static ProcedurePage write(ProcedureKind procedure, ProcedureText text, String actor, Instant now) {
        ProcedurePage page = new ProcedurePage(null, null, procedure, "", null, actor, now);
        page.rewrite(text, actor, now);
        return page;
    }

    /** Rewrites the text; whatever markup it holds beyond the allow-list is dropped here, before it is stored. */
    void rewrite(ProcedureText text, String actor, Instant now) {
        this.bodyVi = RichText.sanitise(Objects.requireNonNull(text.bodyVi()));
        String english = text.bodyEn() == null ? "" : RichText.sanitise(text.bodyEn());
        this.bodyEn = english.isEmpty() ? null : english;
        this.changedBy = actor;
        this.changedAt = now;
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    String bodyVi() {
        return bodyVi;
    }

    @Nullable String bodyEn() {
        return bodyEn;
    }

    ProcedureText text() {
        return new ProcedureText(version, bodyVi, bodyEn);
    }
}
