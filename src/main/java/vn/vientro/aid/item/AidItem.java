package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidItemDescribed;
import vn.vientro.aid.AidItemDrafted;
import vn.vientro.aid.AidItemMoved;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.LegalBasis;

/**
 * An aid item. Its description changes through {@link #describe} while the dossier is open (later only through an
 * amendment), its status only through {@link #move}, which the lifecycle calls after checking its rules. What happens
 * to it is published as events when it is saved: listeners index and notify after the transaction commits.
 */
@Table(schema = "aid", name = "aid_item")
public class AidItem {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private String code;
    private AidKind kind;
    private DeliveryForm deliveryForm;
    private AidStatus status;
    private LegalBasis legalBasis;
    private String nameVi;
    private @Nullable String nameEn;
    private @Nullable String nameOriginal;
    private @Nullable String iatiIdentifier;
    private @Nullable String objectivesVi;
    private @Nullable String objectivesEn;
    private @Nullable String descriptionVi;
    private @Nullable String descriptionEn;
    private @Nullable String priorityField;
    private long donorId;
    private @Nullable Long implementerId;
    private long ownerAgencyId;
    private long governingAgencyId;
    private @Nullable LocalDate plannedStart;
    private @Nullable LocalDate plannedEnd;
    private @Nullable LocalDate actualStart;
    private @Nullable LocalDate actualEnd;
    private @Nullable LocalDate disasterOn;
    private BigDecimal totalAmount;
    private String totalCurrency;
    private @Nullable BigDecimal totalVnd;
    private @Nullable BigDecimal totalUsd;
    private @Nullable BigDecimal counterpartAmount;
    private @Nullable String counterpartCurrency;
    private @Nullable String counterpartSource;
    private CounterpartFunds.@Nullable Form counterpartForm;
    private @Nullable String targetGroups;
    private @Nullable Integer beneficiariesTotal;
    private @Nullable Integer beneficiariesWomen;
    private @Nullable Integer beneficiariesDisabled;
    private @Nullable Integer beneficiariesEthnic;
    private @Nullable Integer beneficiariesChildren;
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
    /** What happened to the item since it was loaded; published with the item's id once it is saved. */
    @Transient
    private final List<LongFunction<Object>> events = new ArrayList<>();

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    AidItem(@Nullable Long id, @Nullable Long version, String code, AidKind kind, DeliveryForm deliveryForm,
            AidStatus status, LegalBasis legalBasis, String nameVi, long donorId, long ownerAgencyId,
            long governingAgencyId, BigDecimal totalAmount, String totalCurrency, Set<String> publicGroups,
            String createdBy, Instant createdAt, Instant updatedAt, List<SectorShare> sectors,
            List<LocationShare> locations, List<Party> parties, List<ItemContact> contacts) {
        this.id = id;
        this.version = version;
        this.code = code;
        this.kind = kind;
        this.deliveryForm = deliveryForm;
        this.status = status;
        this.legalBasis = legalBasis;
        this.nameVi = nameVi;
        this.donorId = donorId;
        this.ownerAgencyId = ownerAgencyId;
        this.governingAgencyId = governingAgencyId;
        this.totalAmount = totalAmount;
        this.totalCurrency = totalCurrency;
        this.publicGroups = Set.copyOf(publicGroups);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.sectors = new ArrayList<>(sectors);
        this.locations = new ArrayList<>(locations);
        this.parties = new ArrayList<>(parties);
        this.contacts = new ArrayList<>(contacts);
    }

    static AidItem draft(String code, AidItemDetails details, LegalBasis legalBasis, String createdBy, Instant now) {
        AidItem item = new AidItem(null, null, code, details.kind(), details.deliveryForm(), AidStatus.DOSSIER_DRAFT,
                legalBasis, details.nameVi(), details.donorId(), details.ownerAgencyId(), details.governingAgencyId(),
                details.totalValue().amount(), details.totalValue().currency().getCurrencyCode(), Set.of(), createdBy,
                now, now, List.of(), List.of(), List.of(), List.of());
        item.apply(details, now);
        item.events.add(AidItemDrafted::new);
        return item;
    }

    /** Whether the description may still be changed directly (before appraisal starts). */
    public boolean isEditable() {
        return status.isDossierOpen();
    }

    void describe(AidItemDetails details, Instant now) {
        apply(details, now);
        events.add(AidItemDescribed::new);
    }

    /** Applies an approved amendment: the same fields, at any stage after approval. */
    public void amend(AidItemDetails details, Instant now) {
        apply(details, now);
        events.add(AidItemDescribed::new);
    }

    private void apply(AidItemDetails d, Instant now) {
        kind = d.kind();
        deliveryForm = d.deliveryForm();
        nameVi = d.nameVi();
        nameEn = d.nameEn();
        nameOriginal = d.nameOriginal();
        iatiIdentifier = d.iatiIdentifier();
        objectivesVi = d.objectivesVi();
        objectivesEn = d.objectivesEn();
        descriptionVi = d.descriptionVi();
        descriptionEn = d.descriptionEn();
        priorityField = d.priorityField();
        donorId = d.donorId();
        implementerId = d.implementerId();
        ownerAgencyId = d.ownerAgencyId();
        governingAgencyId = d.governingAgencyId();
        plannedStart = d.plannedStart();
        plannedEnd = d.plannedEnd();
        disasterOn = d.disasterOn();
        totalAmount = d.totalValue().amount();
        totalCurrency = d.totalValue().currency().getCurrencyCode();
        CounterpartFunds counterpart = d.counterpart();
        counterpartAmount = counterpart.amount() == null ? null : counterpart.amount().amount();
        counterpartCurrency = counterpart.amount() == null ? null : counterpart.amount().currency().getCurrencyCode();
        counterpartSource = counterpart.source();
        counterpartForm = counterpart.form();
        Beneficiaries b = d.beneficiaries();
        targetGroups = b.targetGroups();
        beneficiariesTotal = b.total();
        beneficiariesWomen = b.women();
        beneficiariesDisabled = b.disabled();
        beneficiariesEthnic = b.ethnicMinority();
        beneficiariesChildren = b.children();
        publicGroups = d.publicGroups().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
        sectors = new ArrayList<>(d.sectors());
        locations = new ArrayList<>(d.locations());
        parties = new ArrayList<>(d.parties());
        contacts = new ArrayList<>(d.contacts());
        updatedAt = now;
    }

    /** Records the VND and USD equivalents of the total value, as converted on the day it was described. */
    void valueEquivalents(@Nullable BigDecimal vnd, @Nullable BigDecimal usd) {
        totalVnd = vnd;
        totalUsd = usd;
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
        events.add(id -> new AidItemMoved(id, code, kind, action, from, to, actor));
    }

    @DomainEvents
    List<Object> events() {
        long saved = java.util.Objects.requireNonNull(id, "published after saving");
        return events.stream().map(event -> event.apply(saved)).toList();
    }

    @AfterDomainEventPublication
    void eventsPublished() {
        events.clear();
    }

    /** The statutory date the current stage must end by, or none when no clock runs (returned, approved ...). */
    public void dueBy(@Nullable LocalDate due) {
        stageDueOn = due;
    }

    /** The law a decision is taken under, fixed when the decision is recorded. */
    public void decidedUnder(LegalBasis basis) {
        legalBasis = basis;
    }

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
        return kind;
    }

    public String code() {
        return code;
    }

    public long donorId() {
        return donorId;
    }

    public long ownerAgencyId() {
        return ownerAgencyId;
    }

    public long governingAgencyId() {
        return governingAgencyId;
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

    public @Nullable LocalDate disasterOn() {
        return disasterOn;
    }
}
