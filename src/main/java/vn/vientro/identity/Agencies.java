package vn.vientro.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.identity.agency.Agency;
import vn.vientro.identity.agency.AgencyQueries;
import vn.vientro.identity.agency.AgencyRepository;
import vn.vientro.identity.agency.AgencySuccession;
import vn.vientro.identity.agency.AgencySuccessionRepository;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.TextLength;

/** The agencies that take part in aid work, and which body carries on the duties of a dissolved one. */
@Service
public class Agencies {

    private final AgencyRepository agencies;
    private final AgencySuccessionRepository successions;
    private final AgencyQueries queries;

    Agencies(AgencyRepository agencies, AgencySuccessionRepository successions, AgencyQueries queries) {
        this.agencies = agencies;
        this.successions = successions;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public List<AgencyView> all() {
        return queries.all();
    }

    @Transactional(readOnly = true)
    public AgencyView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("agency", id));
    }

    @Transactional(readOnly = true)
    public Optional<AgencyView> find(long id) {
        return queries.find(id);
    }

    /** The body that carries on this agency's duties on {@code date}: itself, or its successor (followed to the end). */
    @Transactional(readOnly = true)
    public AgencyView responsibleOn(long agencyId, LocalDate date) {
        AgencyView current = get(agencyId);
        for (int hops = 0; hops < 20 && current.successorId() != null; hops++) {
            if (current.succeededOn() == null || date.isBefore(current.succeededOn())) {
                break;
            }
            current = get(current.successorId());
        }
        return current;
    }

    /** The agencies acting as the foreign-affairs focal point (Sở Ngoại vụ, or the PC Office since 2025). */
    @Transactional(readOnly = true)
    public List<AgencyView> focalPoints() {
        return queries.activeFocalPoints();
    }

    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Transactional
    public long register(AgencyDetails details) {
        requireUniqueCode(details.code(), null);
        return Objects.requireNonNull(agencies.save(Agency.register(details)).id());
    }

    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Transactional
    public void update(long id, long expectedVersion, AgencyDetails details) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("agency", id));
        if (!Objects.equals(agency.version(), expectedVersion)) {
            throw new StaleVersionException("agency", id);
        }
        requireUniqueCode(details.code(), id);
        agency.describe(details);
        agencies.save(agency);
    }

    /** Records that {@code successorId} took over the duties of {@code predecessorId} from a date. */
    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Transactional
    public void recordSuccession(long predecessorId, long successorId, LocalDate effectiveOn, String legalBasis) {
        TextLength.require("legalBasis", legalBasis, TextLength.NAME);
        get(predecessorId);
        get(successorId);
        if (predecessorId == successorId) {
            throw new BusinessRuleException(IdentityProblem.SUCCESSION_INVALID, "identity.succession.self", "successorId");
        }
        if (successions.findByPredecessorId(predecessorId).isPresent()) {
            throw new BusinessRuleException(IdentityProblem.SUCCESSION_INVALID, "identity.succession.exists", "predecessorId");
        }
        if (responsibleOn(successorId, LocalDate.MAX).id() == predecessorId) {
            throw new BusinessRuleException(IdentityProblem.SUCCESSION_INVALID, "identity.succession.cycle", "successorId");
        }
        successions.save(AgencySuccession.record(successorId, predecessorId, effectiveOn, legalBasis));
    }

    private void requireUniqueCode(String code, @Nullable Long exceptId) {
        if (queries.codeTaken(code, exceptId)) {
            throw new DuplicateCodeException("code", code);
        }
    }
}
