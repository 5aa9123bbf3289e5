package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.platform.PublishingAggregate;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidItemCorrected;
import vn.vientro.aid.AidItemDescribed;
import vn.vientro.aid.AidItemDrafted;
import vn.vientro.aid.AidItemMoved;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.LegalBasis;

/**
 * An aid item. Its description changes through {@link #describe} while the dossier is with its owner, through
 * {@link #correct} during appraisal (later only through an amendment), its status only through {@link #move}, which the lifecycle calls after checking its rules. What happens
 * to it is published as events when it is saved: listeners index and notify after the transaction commits.
 */
@Table(schema = "aid", name = "aid_item")
public class AidItem extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private String code;
    private AidStatus status;
    private LegalBasis legalBasis;
    @Embedded.Empty
    private ItemDescription fields;
    private @Nullable LocalDate actualStart;
    private @Nullable LocalDate actualEnd;
    private @Nullable BigDecimal totalVnd;
    private @Nullable BigDecimal totalUsd;
    private Set<String> publicGroups;
    private @Nullable LocalDate submittedOn;
    private @Nullable LocalDate clockStartedOn;
    private @Nullable LocalDate approvedOn;
    private @Nullable LocalDate stageDueOn;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "aid_item", keyColumn = "aid_item_key")
    private List<SectorShare> sectors;
    @MappedCollection(idColumn = "aid_item", keyColumn = "aid_item_key")
    private List<LocationShare> locations;
    @MappedCollection(idColumn = "aid_item", keyColumn = "aid_item_key")
    private List<Party> parties;
    @MappedCollection(idColumn = "aid_item", keyColumn = "aid_item_key")
    private List<ItemContact> contacts;

    @PersistenceCreator
    AidItem(@Nullable Long id, @Nullable Long version, String code, AidStatus status, LegalBasis legalBasis,
            ItemDescription fields, Set<String> publicGroups, String createdBy, Instant createdAt, Instant updatedAt,
            List<SectorShare> sectors, List<LocationShare> locations, List<Party> parties, List<ItemContact> contacts) {
        this.id = id;
        this.version = version;
        this.code = code;
        this.status = status;
        this.legalBasis = legalBasis;
        this.fields = fields;
        this.publicGroups = Set.copyOf(publicGroups);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.sectors = new ArrayList<>(sectors);
        this.locations = new ArrayList<>(locations);
        this.parties = new ArrayList<>(parties);
        this.contacts = new ArrayList<>(contacts);
    }

    /** A new dossier; the origin, if any, names what it was started from (a pledge) for the module that made it. */
    static AidItem draft(String code, AidItemDetails details, LegalBasis legalBasis, @Nullable String origin,
                         String createdBy, Instant now) {
        AidItem item = new AidItem(null, null, code, AidStatus.DOSSIER_DRAFT, legalBasis, details.fields(), Set.of(),
                createdBy, now, now, List.of(), List.of(), List.of(), List.of());
        item.apply(details, now);
        item.publish(id -> new AidItemDrafted(id, origin, createdBy));
        return item;
    }

    void describe(AidItemDetails details, Instant now) {
        apply(details, now);
        publish(AidItemDescribed::new);
    }

    /**
     * Corrects the submitted dossier during appraisal: the same change as a description, told to the aid owner with
     * the corrector's reason and the fields it changed.
     */
    void correct(AidItemDetails details, Instant now, List<String> changedFields, String reason, String actor) {
        describe(details, now);
        publish(id -> new AidItemCorrected(id, code, status, changedFields, reason, actor));
    }

    /** Applies an approved amendment: the same fields, at any stage after approval. */
    public void amend(AidItemDetails details, Instant now) {
        apply(details, now);
        publish(AidItemDescribed::new);
    }

    private void apply(AidItemDetails details, Instant now) {
        fields = details.fields();
        publicGroups = details.publicGroups().stream().map(Enum::name).collect(Collectors.toSet());
        sectors = new ArrayList<>(details.sectors());
        locations = new ArrayList<>(details.locations());
        parties = new ArrayList<>(details.parties());
        contacts = new ArrayList<>(details.contacts());
        updatedAt = now;
    }

    /** Records the VND and USD equivalents of the total value, as converted on the day it was described. */
    void valueEquivalents(@Nullable BigDecimal vnd, @Nullable BigDecimal usd) {
        totalVnd = vnd;
        totalUsd = usd;
    }

    /** How many of the two equivalents are missing, because no rate was known for their date when converted. */
    int missingEquivalents() {
        String currency = fields.totalCurrency();
        return (totalVnd == null && !"VND".equals(currency) ? 1 : 0) + (totalUsd == null && !"USD".equals(currency)
                ? 1 : 0);
    }

    /** Makes a move; the lifecycle has checked who may and whether the move is allowed now. */
    public void move(AidAction action, LocalDate on, Instant now, String actor) {
        AidStatus from = status;
        AidStatus to = action.to();
        switch (to) {
            case SUBMITTED -> {
                submittedOn = submittedOn == null ? on : submittedOn;
                clockStartedOn = on;
            }
            case APPROVED -> approvedOn = on;
            case IMPLEMENTING -> actualStart = actualStart == null ? on : actualStart;
            case COMPLETED -> actualEnd = on;
            default -> {
            }
        }
        status = to;
        updatedAt = now;
        publish(id -> new AidItemMoved(id, code, kind(), action, from, to, actor));
    }

    /** The statutory date the current stage must end by, or none when no clock runs (returned, approved ...). */
    public void dueBy(@Nullable LocalDate due) {
        stageDueOn = due;
    }

    /** The law a decision is taken under, fixed when the decision is recorded. */
    public void decidedUnder(LegalBasis basis) {
        legalBasis = basis;
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    public @Nullable Long version() {
        return version;
    }

    public AidStatus status() {
        return status;
    }

    public AidKind kind() {
        return Objects.requireNonNull(fields.kind(), "kind");
    }

    public String code() {
        return code;
    }

    public ItemDescription fields() {
        return fields;
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

}
