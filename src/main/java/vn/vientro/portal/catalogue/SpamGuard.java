package vn.vientro.portal.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps programs from filling the public form, with no outside service: a field people never see (a program fills
 * it), a signed time stamp of when the form was served (a person takes a few seconds to fill it; a program replays
 * it at once), and a limit of interests per client address and hour, kept in memory (a restart forgets it, which only
 * gives a sender a fresh hour).
 */
@Component
public class SpamGuard {

    private static final Duration WINDOW = Duration.ofHours(1);
    /** Beyond this many addresses remembered, the ones whose hour is over are forgotten first. */
    private static final int TIDY_ABOVE = 10_000;

    private final PortalRules rules;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    SpamGuard(PortalRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
        byte[] secret = rules.formKey().isBlank() ? randomKey() : rules.formKey().getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The stamp a form served now carries. */
    public String stamp() {
        return stamp(clock.instant());
    }

    String stamp(Instant servedAt) {
        String millis = Long.toString(servedAt.toEpochMilli());
        return millis + "." + sign(millis);
    }

    /** Why a sent form is refused, or null when it may be recorded (and then counts for its address). */
    public @Nullable Refusal check(@Nullable String honeypot, @Nullable String stamp, String address) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return Refusal.HONEYPOT;
        }
        Instant servedAt = servedAt(stamp);
        Instant now = clock.instant();
        if (servedAt == null || servedAt.isAfter(now) || servedAt.plus(rules.maximumFormAge()).isBefore(now)) {
            return Refusal.STALE;
        }
        if (servedAt.plus(rules.minimumFillTime()).isAfter(now)) {
            return Refusal.TOO_FAST;
        }
        return tooMany(address, now) ? Refusal.TOO_MANY : null;
    }

    /** Counts a form recorded from the address (an interest, a feedback). */
    public void sentFrom(String address) {
        Instant now = clock.instant();
        sent.computeIfAbsent(address, any -> new ArrayDeque<>()).add(now);
        if (sent.size() > TIDY_ABOVE) {
            sent.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return recent(entry.getValue(), now) == 0;
                }
            });
        }
    }

    /** Forgets every address's count: for tests, which all send from one address. */
    void forgetAddresses() {
        sent.clear();
    }

    private boolean tooMany(String address, Instant now) {
        Deque<Instant> times = sent.get(address);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            return recent(times, now) >= rules.interestsPerHour();
        }
    }

    private static int recent(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
            times.pollFirst();
        }
        return times.size();
    }

    private @Nullable Instant servedAt(@Nullable String stamp) {
        if (stamp == null || !stamp.matches("\\d{1,19}\\.[A-Za-z0-9_-]{10,100}")) {
            return null;
        }
        String millis = stamp.substring(0, stamp.indexOf('.'));
        byte[] expected = sign(millis).getBytes(StandardCharsets.US_ASCII);
        byte[] given = stamp.substring(stamp.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return null;
        }
        return Instant.ofEpochMilli(Long.parseLong(millis));
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] randomKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** Why a form was refused; each has its message for the visitor. */
    public enum Refusal {
        HONEYPOT, STALE, TOO_FAST, TOO_MANY;

        public String messageKey() {
            return "portal.interest.refused." + name();
        }
    }
}
