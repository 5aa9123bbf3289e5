package vn.vientro.registry.permit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.platform.PublishingAggregate;
import vn.vientro.registry.PermitChange;
import vn.vientro.registry.PermitChanged;
import vn.vientro.registry.PermitKind;
import vn.vientro.registry.PermitRecorded;
import vn.vientro.registry.RegistryProblem;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;

/**
 * A registration paper. The Ministry of Foreign Affairs decides (Decree 58/2022 Art. 7); the province records each
 * decision here: extension, amendment, suspension, revocation. Expiry is derived from {@code validUntil}. Each is
 * published as an event when the paper is saved: listeners index the paper and its organisation after the commit.
 */
@Table(schema = "registry", name = "permit")
class Permit extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private long organisation;
    private PermitKind kind;
    private String number;
    private String issuingBody;
    private LocalDate issuedOn;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private @Nullable String scopeAreas;
    private Set<String> scopeCommunes;
    private @Nullable String scopeFields;
    private PermitStatus status;
    private @Nullable LocalDate planDueOn;
    private @Nullable LocalDate planReceivedOn;
    private Instant createdAt;

    @PersistenceCreator
    Permit(@Nullable Long id, @Nullable Long version, long organisation, PermitKind kind, String number,
           String issuingBody, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil,
           @Nullable String scopeAreas, Set<String> scopeCommunes, @Nullable String scopeFields, PermitStatus status,
           @Nullable LocalDate planDueOn, @Nullable LocalDate planReceivedOn, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.organisation = organisation;
        this.kind = kind;
        this.number = number;
        this.issuingBody = issuingBody;
        this.issuedOn = issuedOn;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.scopeAreas = scopeAreas;
        this.scopeCommunes = new LinkedHashSet<>(scopeCommunes);
        this.scopeFields = scopeFields;
        this.status = status;
        this.planDueOn = planDueOn;
        this.planReceivedOn = planReceivedOn;
        this.createdAt = createdAt;
    }

    static Permit record(long organisation, PermitDetails details, int maxYears, LocalDate planDueOn) {
        checkValidity(details.validFrom(), details.validUntil(), maxYears);
        Permit permit = new Permit(null, null, organisation, details.kind(), details.number().trim(),
                details.issuingBody().trim(), details.issuedOn(), details.validFrom(), details.validUntil(),
                details.scopeAreas(), Set.copyOf(details.scopeCommunes()), details.scopeFields(), PermitStatus.VALID,
                planDueOn, null, Instant.now());
        permit.publish(id -> new PermitRecorded(id, organisation, permit.kind, permit.number, permit.validUntil));
        return permit;
    }

    /** Extension for a further term (Decree 58/2022 Art. 16): later end, same kind, not revoked or replaced. */
    LocalDate extend(LocalDate newValidUntil, int maxYears, LocalDate planDueOn) {
        requireActive();
        if (!newValidUntil.isAfter(validUntil)) {
            throw new InvalidInputException("validUntil", "registry.permit.extend.notLater", validUntil);
        }
        checkValidity(validUntil.plusDays(1), newValidUntil, maxYears);
        LocalDate before = validUntil;
        validUntil = newValidUntil;
        this.planDueOn = planDueOn;
        this.planReceivedOn = null;
        changed(PermitChange.EXTENDED);
        return before;
    }

    /** Amendment of content (Decree 58/2022 Art. 17): scope changes; the NGO owes a new plan. */
    void amend(@Nullable String areas, Set<String> communes, @Nullable String fields, LocalDate planDueOn) {
        requireActive();
        this.scopeAreas = areas;
        this.scopeCommunes = new LinkedHashSet<>(communes);
        this.scopeFields = fields;
        this.planDueOn = planDueOn;
        this.planReceivedOn = null;
        changed(PermitChange.AMENDED);
    }

    void suspend() {
        if (status != PermitStatus.VALID) {
            throw new BusinessRuleException(RegistryProblem.PERMIT_MOVE_REFUSED, "registry.permit.suspend.notValid", "status");
        }
        status = PermitStatus.SUSPENDED;
        changed(PermitChange.SUSPENDED);
    }

    void reinstate() {
        if (status != PermitStatus.SUSPENDED) {
            throw new BusinessRuleException(RegistryProblem.PERMIT_MOVE_REFUSED, "registry.permit.reinstate.notSuspended", "status");
        }
        status = PermitStatus.VALID;
        changed(PermitChange.REINSTATED);
    }

    void revoke() {
        if (status == PermitStatus.REVOKED || status == PermitStatus.REPLACED) {
            throw new BusinessRuleException(RegistryProblem.PERMIT_MOVE_REFUSED, "registry.permit.alreadyEnded", "status");
        }
        status = PermitStatus.REVOKED;
        changed(PermitChange.REVOKED);
    }

    void receivePlan(LocalDate receivedOn) {
        planReceivedOn = receivedOn;
        changed(PermitChange.PLAN_RECEIVED);
    }

    private void changed(PermitChange change) {
        LocalDate until = validUntil;
        publish(id -> new PermitChanged(id, organisation, change, until));
    }

    private void requireActive() {
        if (status == PermitStatus.REVOKED || status == PermitStatus.REPLACED) {
            throw new BusinessRuleException(RegistryProblem.PERMIT_MOVE_REFUSED, "registry.permit.alreadyEnded", "status");
        }
    }

    private static void checkValidity(LocalDate from, LocalDate until, int maxYears) {
        if (until.isBefore(from)) {
            throw new InvalidInputException("validUntil", "registry.permit.validUntil.beforeFrom");
        }
        if (maxYears > 0 && until.isAfter(from.plusYears(maxYears).minusDays(1))) {
            throw new InvalidInputException("validUntil", "registry.permit.validUntil.tooLong", maxYears);
        }
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    @Nullable Long version() {
        return version;
    }

    long organisation() {
        return organisation;
    }

    PermitKind kind() {
        return kind;
    }

    LocalDate validUntil() {
        return validUntil;
    }
}
