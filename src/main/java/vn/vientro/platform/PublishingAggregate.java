package vn.vientro.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * An aggregate whose changes are published as events when its repository saves it. A change registers its event with
 * {@link #publish} as a function of the aggregate's id, because a new aggregate has its id only once it is saved;
 * Spring Data hands the events to the publisher after the save, and listeners act after the transaction commits.
 * (Spring Data's {@code AbstractAggregateRoot} keeps finished events, which a new aggregate cannot build before it has
 * its id.)
 */
public abstract class PublishingAggregate {

    /** What happened since the aggregate was loaded; published with its id once it is saved. */
    @Transient
    private final List<LongFunction<Object>> events = new ArrayList<>();

    /** The aggregate's id: none until it is saved. */
    public abstract @Nullable Long id();

    protected final void publish(LongFunction<Object> event) {
        events.add(event);
    }

    /** The events its repository publishes when it saves the aggregate (a test of a change reads them). */
    @DomainEvents
    public final List<Object> domainEvents() {
        long saved = Objects.requireNonNull(id(), "events are published after the aggregate is saved");
        return events.stream().map(event -> event.apply(saved)).toList();
    }

    @AfterDomainEventPublication
    final void domainEventsPublished() {
        events.clear();
    }
}
