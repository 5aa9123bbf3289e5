package vn.vientro.registry;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.audit.AuditPolicy;
import vn.vientro.identity.AgencyKind;
import vn.vientro.platform.CurrentUser;
import vn.vientro.registry.opinion.InputFacts;
import vn.vientro.registry.opinion.OpinionQueries;
import vn.vientro.shared.Role;

import static vn.vientro.shared.Role.ADMIN;
import static vn.vientro.shared.Role.APPRAISER;
import static vn.vientro.shared.Role.FOCAL_POINT;
import static vn.vientro.shared.Role.LEADER;
import static vn.vientro.shared.Role.SECURITY;

/**
 * Who may do what in the registry: the one place for the registry's permissions. Services carry the expressions below
 * in {@code @PreAuthorize}, so pages, the API and the import obey the same rule, checked before anything else; pages
 * and menus ask the same methods which buttons, tabs and entries to show, the search index whom to show a document.
 * <p>
 * An opinion or input that does not exist passes the opinion-level checks, so that the service answers 404 rather
 * than 403.
 */
@Component("registryPolicy")
public class RegistryPolicy {

    /** Organisations: every member of staff may look them up. */
    public static final String READ = "@registryPolicy.canRead()";
    public static final String WRITE = "@registryPolicy.canWrite()";
    public static final String READ_PERMITS = "@registryPolicy.readsPermits()";
    public static final String READ_CONTACTS = "@registryPolicy.readsContacts()";
    public static final String READ_OPINION = "@registryPolicy.canReadOpinion(#opinionId)";
    public static final String GIVE_INPUT = "@registryPolicy.canGiveInput(#opinionId, #inputId)";

    /** The focal point keeps the registry; administrators may correct it. */
    private static final Set<Role> WRITERS = EnumSet.of(FOCAL_POINT, ADMIN);
    /** Registration papers, duties and the province's opinions: the provincial roles. */
    private static final Set<Role> PERMIT_READERS = EnumSet.of(FOCAL_POINT, ADMIN, LEADER, APPRAISER, SECURITY);
    /**
     * Contacts are personal data (Decree 13/2023/NĐ-CP): the focal point who keeps the network, the police who vet
     * NGO representatives, leaders who meet them, administrators.
     */
    private static final Set<Role> CONTACT_READERS = EnumSet.of(FOCAL_POINT, SECURITY, ADMIN, LEADER);

    private final OpinionQueries opinions;
    private final AuditPolicy audit;

    RegistryPolicy(OpinionQueries opinions, AuditPolicy audit) {
        this.opinions = opinions;
        this.audit = audit;
    }

    public boolean canRead() {
        return CurrentUser.holdsAny(Role.values());
    }

    public boolean canWrite() {
        return CurrentUser.holdsAny(WRITERS);
    }

    public boolean readsPermits() {
        return CurrentUser.holdsAny(PERMIT_READERS);
    }

    public boolean readsContacts() {
        return CurrentUser.holdsAny(CONTACT_READERS);
    }

    /** The roles that find registration papers in the search. */
    public Set<Role> rolesReadingPermits() {
        return Set.copyOf(PERMIT_READERS);
    }

    /** The roles that find contacts in the search. */
    public Set<Role> rolesReadingContacts() {
        return Set.copyOf(CONTACT_READERS);
    }

    /** Readers of the registry read every opinion; other staff those their agency is asked to give input on. */
    public boolean canReadOpinion(long opinionId) {
        if (readsPermits()) {
            return true;
        }
        OptionalLong agency = CurrentUser.agency();
        return canRead() && agency.isPresent() && opinions.consults(opinionId, agency.getAsLong()).orElse(true);
    }

    /**
     * A security agency's input (the police's) is a sealed record: its readers are the same for every module (the
     * audit module's rule), so administrators read the registry's opinions but never the police's input.
     */
    public boolean readsSecurityOpinions() {
        return audit.readsSealed();
    }

    /** Whom in a security agency to tell of a request for its input: those who may read it. */
    public Set<Role> rolesReadingSecurityOpinions() {
        return audit.rolesReadingSealed();
    }

    /** Provincial roles read every agency's input on an opinion; a consulted agency its own (and the conclusion). */
    public boolean readsEveryInput() {
        return readsPermits();
    }

    /** Only those who may read a security agency's input may ask for it. */
    public boolean mayAskForInput(AgencyKind kind) {
        return !kind.givesSecurityOpinions() || readsSecurityOpinions();
    }

    /**
     * The focal point records any input received in writing; the asked agency's own staff give theirs. An input that
     * does not exist, or a confidential one the user may not know of, passes, for the service to answer 404: a 403
     * would tell that it exists.
     */
    public boolean canGiveInput(long opinionId, long inputId) {
        return opinions.inputFacts(opinionId, inputId).filter(input -> !input.confidential() || readsSecurityOpinions())
                .map(this::mayGiveInput).orElse(canWrite() || canRead() && CurrentUser.agency().isPresent());
    }

    public boolean mayGiveInput(InputFacts input) {
        return (!input.confidential() || readsSecurityOpinions())
                && (canWrite() || CurrentUser.worksFor(input.agencyId()));
    }
}
