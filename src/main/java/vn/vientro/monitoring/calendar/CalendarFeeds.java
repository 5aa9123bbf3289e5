package vn.vientro.monitoring.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.identity.ActingUser;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.Actor;
import vn.vientro.shared.NotFoundException;

/**
 * Calendar feeds (issue 16 §8): a personal feed per user at an address holding a secret, which its owner makes,
 * renews and revokes, and the province's public deadlines. A personal feed is read as its owner each time it is
 * fetched, so it never holds what they could not see in the application, and stops at once when they are disabled.
 */
@Service
public class CalendarFeeds {

    static final String PREFIX = "cal_";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A longer "secret" is not one of ours: refused before it is hashed. */
    private static final int SECRET_MAX = 100;

    private final CalendarFeedRepository feeds;
    private final PersonalEvents personal;
    private final ProvinceDeadlines province;
    private final Users users;
    private final ActingUser acting;
    private final MessageSource messages;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    CalendarFeeds(CalendarFeedRepository feeds, PersonalEvents personal, ProvinceDeadlines province, Users users,
                  ActingUser acting, MessageSource messages, Clock clock) {
        this.feeds = feeds;
        this.personal = personal;
        this.province = province;
        this.users = users;
        this.acting = acting;
        this.messages = messages;
        this.clock = clock;
    }

    /** When the signed-in user's feed address was made; empty if they have none. */
    @PreAuthorize(MonitoringPolicy.KEEP_CALENDAR_FEED)
    @Transactional(readOnly = true)
    public Optional<Instant> madeAt() {
        return feeds.findByUsername(Actor.current()).map(CalendarFeed::createdAt);
    }

    /** Makes the signed-in user's feed address, replacing any earlier one; returns its secret, shown only now. */
    @PreAuthorize(MonitoringPolicy.KEEP_CALENDAR_FEED)
    @Transactional
    public String make() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        CalendarFeed feed = feeds.findByUsername(Actor.current())
                .orElseGet(() -> CalendarFeed.of(Actor.current(), hash(secret), clock.instant()));
        feed.renew(hash(secret), clock.instant());
        feeds.save(feed);
        return secret;
    }

    /** Revokes the signed-in user's feed address: it answers 404 from now on. */
    @PreAuthorize(MonitoringPolicy.KEEP_CALENDAR_FEED)
    @Transactional
    public void revoke() {
        feeds.findByUsername(Actor.current()).ifPresent(feeds::delete);
    }

    /**
     * The feed at the address holding the secret, in its owner's language, read as its owner (outside a
     * transaction: the acting user is bound to each connection taken). Not found, revoked, or of a disabled or
     * locked account: 404 alike, so an address tells nothing of why.
     */
    public String personalFeed(String secret, String baseUrl) {
        UserView owner = Optional.of(secret).filter(typed -> typed.length() <= SECRET_MAX)
                .flatMap(typed -> feeds.findByTokenHash(hash(typed))).flatMap(feed -> users.findByUsername(
                        feed.username())).filter(user -> user.enabled() && !user.locked())
                .orElseThrow(() -> new NotFoundException("calendar feed", "secret"));
        Locale language = owner.language();
        return acting.run(owner.username(), () -> ICalendarText.write(
                name(language, "monitoring.calendar.personal.name"), personal.of(language), clock.instant(),
                baseUrl));
    }

    /** The province's public deadlines, for anyone. */
    public String provinceFeed(Locale language, String baseUrl) {
        return ICalendarText.write(name(language, "monitoring.calendar.province.name"), province.of(language),
                clock.instant(), baseUrl);
    }

    private String name(Locale language, String key) {
        return messages.getMessage(key, null, language);
    }

    /** Secrets are 32 random bytes: an unsalted SHA-256 keeps them useless if the table leaks. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
