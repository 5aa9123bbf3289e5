package vn.vientro.registry.organisation.tabs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.audit.AuditEvent;
import vn.vientro.audit.AuditTrail;
import vn.vientro.registry.OrganisationRecords;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.registry.contact.Contacts;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.organisation.OrganisationView;
import vn.vientro.registry.permit.PermitView;
import vn.vientro.registry.permit.Permits;

/**
 * The data of the organisation page's tabs: papers and duties, contacts (for contact readers only), and the history of
 * changes from the audit trail.
 */
@Component
public class OrganisationTabs {

    private final Permits permits;
    private final AuditTrail audit;
    private final Clock clock;
    private final OrganisationRegistry registry;
    private final Contacts contacts;
    private final List<OrganisationRecords> records;
    private final RegistryPolicy policy;

    OrganisationTabs(Permits permits, AuditTrail audit, Clock clock, @Lazy OrganisationRegistry registry,
                     Contacts contacts, List<OrganisationRecords> records, RegistryPolicy policy) {
        this.records = records;
        this.policy = policy;
        this.registry = registry;
        this.contacts = contacts;
        this.permits = permits;
        this.audit = audit;
        this.clock = clock;
    }

    public void fill(Model model, OrganisationView organisation, String tab) {
        boolean readsPermits = policy.readsPermits();
        boolean readsContacts = policy.readsContacts();
        model.addAttribute("readsContacts", readsContacts);
        model.addAttribute("contacts", readsContacts && "contacts".equals(tab)
                ? contacts.ofOrganisation(organisation.id()) : List.of());
        model.addAttribute("readsPermits", readsPermits);
        model.addAttribute("today", LocalDate.now(clock));
        List<PermitView> papers = readsPermits ? permits.ofOrganisation(organisation.id()) : List.of();
        model.addAttribute("permits", papers);
        model.addAttribute("annualReports", readsPermits ? registry.annualReports(organisation.id()) : List.of());
        model.addAttribute("recordTabs", records.stream().map(r -> r.titleKey()).toList());
        records.stream().filter(r -> r.titleKey().equals(tab)).findFirst()
                .ifPresent(r -> model.addAttribute("records", r.of(organisation.id())));
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
}
