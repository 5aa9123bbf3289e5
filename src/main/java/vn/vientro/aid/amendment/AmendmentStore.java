package vn.vientro.aid.amendment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.aid.amendment.ChangeClassifier.Classification;
import vn.vientro.platform.Actor;

/** Writes and reads change requests ({@code aid.amendment}); a decision applies only to the version the user saw. */
@Component
class AmendmentStore {

    private static final String SELECT = """
            select a.*, a.proposed::text as proposed_json from aid.amendment a
            """;

    private final JdbcClient jdbc;

    AmendmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long itemId, String reason, Description proposed, Classification classification,
                @Nullable Integer basedOnVersion) {
        return jdbc.sql("""
                insert into aid.amendment (aid_item, requested_by, reason, proposed, changed_fields, substantive,
                                           substantive_fields, extension, value_change, based_on_version, status)
                values (:item, :by, :reason, cast(:proposed as jsonb), :changed, :substantive, :needApproval,
                        :extension, :valueChange, :basedOn, :status)
                returning id
                """).param("item", itemId).param("by", Actor.current()).param("reason", reason)
                .param("proposed", Snapshots.write(proposed)).param("changed", names(classification.changed()))
                .param("substantive", classification.substantive())
                .param("needApproval", names(classification.needApproval()))
                .param("extension", classification.extension()).param("valueChange", classification.valueChange())
                .param("basedOn", basedOnVersion)
                .param("status", (classification.substantive() ? AmendmentStatus.PENDING : AmendmentStatus.APPLIED)
                        .name())
                .query(Long.class).single();
    }

    Optional<Amendment> find(long itemId, long id) {
        return jdbc.sql(SELECT + " where a.id = :id and a.aid_item = :item").param("id", id).param("item", itemId)
                .query(AmendmentStore::row).optional();
    }

    List<Amendment> forItem(long itemId) {
        return jdbc.sql(SELECT + " where a.aid_item = :item order by a.id desc").param("item", itemId)
                .query(AmendmentStore::row).list();
    }

    Optional<Amendment> pending(long itemId) {
        return jdbc.sql(SELECT + " where a.aid_item = :item and a.status = 'PENDING'").param("item", itemId)
                .query(AmendmentStore::row).optional();
    }

    void applied(long id, int versionNo) {
        jdbc.sql("update aid.amendment set applied_version = :no, version = version + 1 where id = :id")
                .param("no", versionNo).param("id", id).update();
    }

    /** Records the approval; false when someone else decided or changed the request first. */
    boolean approved(Amendment amendment, Decision decision, int versionNo) {
        return jdbc.sql("""
                update aid.amendment
                   set status = 'APPROVED', decision_number = :number, decision_date = :date, signer = :signer,
                       decided_by = :by, decided_at = now(), applied_version = :no, version = version + 1
                 where id = :id and version = :version and status = 'PENDING'
                """).param("number", decision.number()).param("date", decision.date())
                .param("signer", decision.signer()).param("by", Actor.current()).param("no", versionNo)
                .param("id", amendment.id()).param("version", amendment.version()).update() == 1;
    }

    boolean rejected(Amendment amendment, String reason) {
        return jdbc.sql("""
                update aid.amendment
                   set status = 'REJECTED', rejection_reason = :reason, decided_by = :by, decided_at = now(),
                       version = version + 1
                 where id = :id and version = :version and status = 'PENDING'
                """).param("reason", reason).param("by", Actor.current()).param("id", amendment.id())
                .param("version", amendment.version()).update() == 1;
    }

    boolean noted(Amendment amendment, String note) {
        return jdbc.sql("""
                update aid.amendment set appraisal_note = :note, noted_by = :by, noted_at = now(), version = version + 1
                 where id = :id and version = :version and status = 'PENDING'
                """).param("note", note).param("by", Actor.current()).param("id", amendment.id())
                .param("version", amendment.version()).update() == 1;
    }

    private static String[] names(List<DescriptionField> fields) {
        return fields.stream().map(Enum::name).toArray(String[]::new);
    }

    private static List<DescriptionField> fields(java.sql.@Nullable Array array) throws SQLException {
        return array == null ? List.of()
                : Arrays.stream((String[]) array.getArray()).map(DescriptionField::valueOf).toList();
    }

    private static Amendment row(ResultSet rs, int n) throws SQLException {
        int basedOn = rs.getInt("based_on_version");
        Integer basedOnVersion = rs.wasNull() ? null : basedOn;
        int applied = rs.getInt("applied_version");
        Integer appliedVersion = rs.wasNull() ? null : applied;
        return new Amendment(rs.getLong("id"), rs.getLong("version"), rs.getLong("aid_item"),
                rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(), rs.getString("reason"),
                Snapshots.read(rs.getString("proposed_json")), fields(rs.getArray("changed_fields")),
                rs.getBoolean("substantive"), fields(rs.getArray("substantive_fields")), rs.getBoolean("extension"),
                rs.getBigDecimal("value_change"), basedOnVersion, AmendmentStatus.valueOf(rs.getString("status")),
                rs.getString("appraisal_note"), rs.getString("noted_by"), Snapshots.instant(rs.getTimestamp("noted_at")),
                rs.getString("decision_number"), rs.getObject("decision_date", java.time.LocalDate.class),
                rs.getString("signer"), rs.getString("decided_by"), Snapshots.instant(rs.getTimestamp("decided_at")),
                rs.getString("rejection_reason"), appliedVersion);
    }
}
