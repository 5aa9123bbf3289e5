package vn.vientro.registry.organisation.tabs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.audit.AuditEvent;
import vn.vientro.audit.AuditTrail;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.organisation.OrganisationView;
import org.springframework.context.annotation.Lazy;
import vn.vientro.registry.contact.Contacts;
import vn.vientro.registry.permit.PermitView;
import vn.vientro.registry.permit.Permits;

/**
 * The data of the organisation page's tabs: papers and duties, contacts (for contact readers only), and the history of
 * changes from the audit trail.
 */
@Component
public class OrganisationTabs {

    private static final List<String> PERMIT_READERS = List.of("ROLE_FOCAL_POINT", "ROLE_ADMIN", "ROLE_LEADER",
            "ROLE_APPRAISER", "ROLE_SECURITY");
    private static final List<String> CONTACT_READERS = List.of("ROLE_FOCAL_POINT", "ROLE_SECURITY", "ROLE_ADMIN",
            "ROLE_LEADER");

    private final Permits permits;
    private final AuditTrail audit;
    private final Clock clock;
    private final OrganisationRegistry registry;
    private final Contacts contacts;

    OrganisationTabs(Permits permits, AuditTrail audit, Clock clock, @Lazy OrganisationRegistry registry,
                     Contacts contacts) {
        this.registry = registry;
        this.contacts = contacts;
        this.permits = permits;
        this.audit = audit;
        this.clock = clock;
    }

    public void fill(Model model, OrganisationView organisation, String tab) {
        boolean readsPermits = holdsAny(PERMIT_READERS);
        boolean readsContacts = holdsAny(CONTACT_READERS);
        model.addAttribute("readsContacts", readsContacts);
        model.addAttribute("contacts", readsContacts && "contacts".equals(tab)
                ? contacts.ofOrganisation(organisation.id()) : List.of());
        model.addAttribute("readsPermits", readsPermits);
        model.addAttribute("today", LocalDate.now(clock));
        List<PermitView> papers = readsPermits ? permits.ofOrganisation(organisation.id()) : List.of();
        model.addAttribute("permits", papers);
        model.addAttribute("annualReports", readsPermits ? registry.annualReports(organisation.id()) : List.of());
        if ("history".equals(tab)) {
            List<AuditEvent> history = new ArrayList<>(audit.historyOf("registry.organisation",
                    List.of(Long.toString(organisation.id())), 100));
            if (readsPermits) {
                history.addAll(audit.historyOf("registry.permit",
                        papers.stream().map(p -> Long.toString(p.id())).toList(), 100));
            }
            history.sort(Comparator.comparing(AuditEvent::id).reversed());
            model.addAttribute("history", history);
        }
    }

    private static boolean holdsAny(List<String> authorities) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().anyMatch(a -> authorities.contains(a.getAuthority()));
    }
}
