package vn.vientro.mobilisation.bulletin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.mobilisation.BulletinChanged;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.Actor;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * The foreign-affairs bulletin (Bản tin đối ngoại): the focal point writes a public text for an activity of a plan
 * or a reward, in both languages, and publishes it on the portal or withdraws it; each change tells the portal.
 */
@Service
public class Bulletin {

    private final BulletinEntryRepository entries;
    private final BulletinQueries queries;
    private final Registry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Bulletin(BulletinEntryRepository entries, BulletinQueries queries, Registry registry,
             ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.queries = queries;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(MobilisationPolicy.PUBLISH_BULLETIN)
    @Transactional(readOnly = true)
    public List<BulletinLine> lines() {
        return queries.lines();
    }

    /** The entry of an activity or reward as stored, or a draft from the source's own words when none exists yet. */
    @PreAuthorize(MobilisationPolicy.PUBLISH_BULLETIN)
    @Transactional(readOnly = true)
    public BulletinInput entry(BulletinSource source, long sourceId) {
        BulletinQueries.SourceFacts facts = facts(source, sourceId);
        if (facts.entryId() != null) {
            return entries.findById(facts.entryId()).orElseThrow().input();
        }
        String title = facts.title();
        if (title == null && facts.organisationId() != null) {
            title = registry.find(facts.organisationId()).map(OrganisationRef::name).orElse(null);
        }
        return new BulletinInput(null, title, null, facts.text(), null,
                facts.on() == null ? LocalDate.now(clock) : facts.on(), false);
    }

    /** Writes the entry, publishing or withdrawing it; refused when someone saved it since it was read. */
    @PreAuthorize(MobilisationPolicy.PUBLISH_BULLETIN)
    @Transactional
    public long write(BulletinSource source, long sourceId, @Nullable Long expectedVersion, BulletinInput input) {
        BulletinQueries.SourceFacts facts = facts(source, sourceId);
        Instant now = Instant.now(clock);
        BulletinEntry entry;
        if (facts.entryId() == null) {
            if (expectedVersion != null) {
                throw new StaleVersionException("bulletin entry", sourceId);
            }
            entry = BulletinEntry.about(source, sourceId, facts.kind(), input, now, Actor.current());
        } else {
            entry = entries.findById(facts.entryId()).orElseThrow();
            if (!Objects.equals(entry.version(), expectedVersion)) {
                throw new StaleVersionException("bulletin entry", facts.entryId());
            }
            entry.write(input, now, Actor.current());
        }
        long id = Objects.requireNonNull(entries.save(entry).id());
        events.publishEvent(new BulletinChanged(id));
        return id;
    }

    private BulletinQueries.SourceFacts facts(BulletinSource source, long sourceId) {
        return queries.facts(source, sourceId).orElseThrow(() -> new NotFoundException(
                source == BulletinSource.ACTIVITY ? "plan activity" : "reward", sourceId));
    }
}
