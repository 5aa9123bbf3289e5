package vn.vientro.aid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows a dossier by its receipt (issue 15): given the receipt code and the check code printed on the slip, the
 * public status only (received, under appraisal, returned with what is missing, decided), read from the item's moves.
 * A wrong pair answers nothing, whichever part was wrong; the check code is compared in constant time. No agency
 * consulted, opinion or internal remark is read.
 */
@Component
@Transactional(readOnly = true)
public class DossierTrackingQueries {

    /** Longer input is no receipt: refused before any query. */
    private static final int MAX_INPUT = 40;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final byte[] NO_CHECK = "-".repeat(8).getBytes(StandardCharsets.US_ASCII);

    private final JdbcClient jdbc;

    DossierTrackingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TrackedDossier> track(@Nullable String receiptCode, @Nullable String checkCode) {
        String code = normalise(receiptCode);
        String check = normalise(checkCode);
        if (code.isEmpty() || check.isEmpty() || code.length() > MAX_INPUT || check.length() > MAX_INPUT) {
            return Optional.empty();
        }
        Optional<Found> found = jdbc.sql("""
                select r.aid_item, r.code, r.check_code, r.issued_on from aid.receipt r where r.code = :code
                """).param("code", code).query((rs, n) -> new Found(rs.getLong("aid_item"), rs.getString("code"),
                        rs.getString("check_code"), rs.getObject("issued_on", LocalDate.class))).optional();
        byte[] expected = found.map(f -> f.checkCode().getBytes(StandardCharsets.US_ASCII)).orElse(NO_CHECK);
        boolean matches = MessageDigest.isEqual(expected, check.getBytes(StandardCharsets.US_ASCII));
        if (found.isEmpty() || !matches) {
            return Optional.empty();
        }
        Found receipt = found.get();
        List<TrackedDossier.Step> steps = steps(receipt.itemId());
        if (steps.isEmpty()) {
            steps = List.of(new TrackedDossier.Step(TrackedDossier.Stage.RECEIVED, receipt.issuedOn(), List.of()));
        }
        return Optional.of(new TrackedDossier(receipt.code(), steps.get(0).on(), steps));
    }

    private List<TrackedDossier.Step> steps(long itemId) {
        List<Move> moves = jdbc.sql("""
                select action, reason, reference_date, occurred_at from aid.transition
                 where aid_item = :id and action in ('SUBMIT', 'RESUBMIT', 'RETURN', 'OPEN_APPRAISAL', 'APPROVE', 'REFUSE')
                 order by id
                """).param("id", itemId).query((rs, n) -> new Move(AidAction.valueOf(rs.getString("action")),
                        rs.getString("reason"), rs.getObject("reference_date", LocalDate.class),
                        rs.getTimestamp("occurred_at").toInstant().atZone(VIETNAM).toLocalDate())).list();
        List<TrackedDossier.Step> steps = new ArrayList<>();
        for (Move move : moves) {
            LocalDate on = move.occurredOn();
            List<String> missing = List.of();
            TrackedDossier.Stage stage = switch (move.action()) {
                case SUBMIT -> TrackedDossier.Stage.RECEIVED;
                case RESUBMIT -> TrackedDossier.Stage.RESUBMITTED;
                case RETURN -> {
                    missing = lines(move.reason());
                    yield TrackedDossier.Stage.RETURNED;
                }
                case OPEN_APPRAISAL -> TrackedDossier.Stage.UNDER_APPRAISAL;
                case APPROVE -> TrackedDossier.Stage.APPROVED;
                default -> TrackedDossier.Stage.REFUSED;
            };
            if (stage.decided() && move.referenceDate() != null) {
                on = move.referenceDate();
            }
            steps.add(new TrackedDossier.Step(stage, on, missing));
            if (stage.decided()) {
                break;
            }
        }
        return steps;
    }

    /** The return's reason, one line per thing missing ("- " and "• " bullets dropped). */
    private static List<String> lines(@Nullable String reason) {
        if (reason == null) {
            return List.of();
        }
        return Arrays.stream(reason.split("\\R")).map(String::strip)
                .map(line -> line.replaceFirst("^[-\\u2022*]\\s*", "").strip())
                .filter(line -> !line.isEmpty()).toList();
    }

    private static String normalise(@Nullable String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    private record Found(long itemId, String code, String checkCode, LocalDate issuedOn) {
    }

    private record Move(AidAction action, @Nullable String reason, @Nullable LocalDate referenceDate,
                        LocalDate occurredOn) {
    }
}
