package vn.vientro.portal.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vientro.aid.PublishedItem;
import vn.vientro.aid.PublishedItemQueries;
import vn.vientro.identity.ActingUser;
import vn.vientro.mobilisation.PublishedNeed;
import vn.vientro.mobilisation.PublishedNeeds;
import vn.vientro.platform.DemoFile;

/**
 * Demo profile only: a few feedback ({@code demo/portal/feedback.yml}) sent from the portal about the demo's
 * published items and needs, and moved on through the staff's service as the demo's focal point and officer; skipped
 * when any feedback exists, or when nothing is published.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 76)
class DemoFeedback implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);

    private final FeedbackRepository repository;
    private final PublicFeedback portal;
    private final FeedbackDesk desk;
    private final PublishedItemQueries items;
    private final PublishedNeeds needs;
    private final ActingUser acting;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    DemoFeedback(FeedbackRepository repository, PublicFeedback portal, FeedbackDesk desk, PublishedItemQueries items,
                 PublishedNeeds needs, ActingUser acting, Clock clock) {
        this.repository = repository;
        this.portal = portal;
        this.desk = desk;
        this.items = items;
        this.needs = needs;
        this.acting = acting;
        this.clock = clock;
    }

    /** The feedback as the file lists them. */
    record Seed(List<Entry> feedback) {
    }

    /** One feedback: what it is about, its codes, when it came, who sent it (none: anonymous), what staff did. */
    record Entry(SubjectKind subject, String code, String checkCode, String received, @Nullable String name,
                 @Nullable String contact, String message, @Nullable String answer, boolean assign) {
    }

    @Override
    public void run(ApplicationArguments args) {
        List<PublishedItem> published = items.all();
        Optional<Long> need = needs.all().stream().map(PublishedNeed::id).findFirst();
        if (repository.count() > 0 || published.isEmpty() || need.isEmpty()) {
            return;
        }
        List<Entry> entries = DemoFile.read("demo/portal/feedback.yml", Seed.class).feedback();
        LocalDate today = LocalDate.now(clock);
        int next = 0;
        for (Entry entry : entries) {
            long subject = entry.subject() == SubjectKind.NEED ? need.get()
                    : published.get(next++ % published.size()).id();
            boolean anonymous = entry.name() == null;
            portal.record(entry.subject(), subject, new FeedbackSubmission(anonymous, entry.name(), entry.contact(),
                            entry.message(), null),
                    DemoFile.day(entry.received(), today).atStartOfDay(clock.getZone()).plusHours(9).toInstant(),
                    new FeedbackCodes(entry.code(), entry.checkCode()));
            long id = repository.findByCode(entry.code()).map(Feedback::id).orElseThrow();
            handle(id, entry);
        }
        log.info("Demo feedback ready: {}", entries.size());
    }

    private void handle(long id, Entry entry) {
        if (!entry.assign() && entry.answer() == null) {
            return;
        }
        acting.run("focal", () -> {
            desk.assign(id, desk.get(id).version(), null);
            if (entry.answer() != null) {
                desk.answer(id, desk.get(id).version(), entry.answer());
                desk.publish(id, desk.get(id).version());
            }
            return null;
        });
    }
}
