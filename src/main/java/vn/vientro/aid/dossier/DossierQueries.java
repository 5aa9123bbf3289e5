package vn.vientro.aid.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the uploads of items' dossiers, with the kept file's type and size. */
@Component
class DossierQueries {

    private static final String SELECT = """
            select d.id, d.aid_item, d.document_type, d.version_no, d.stored_file, d.file_name, f.content_type,
                   f.size_bytes, d.note, d.uploaded_by, d.uploaded_at
            from aid.dossier_document d join aid.stored_file f on f.id = d.stored_file
            """;

    private final JdbcClient jdbc;

    DossierQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of every document of the item, newest version first within each type. */
    List<DocumentVersion> versions(long itemId) {
        return jdbc.sql(SELECT + " where d.aid_item = :item order by d.document_type, d.version_no desc")
                .param("item", itemId).query(DossierQueries::version).list();
    }

    Optional<DocumentVersion> find(long itemId, long documentId) {
        return jdbc.sql(SELECT + " where d.aid_item = :item and d.id = :id").param("item", itemId)
                .param("id", documentId).query(DossierQueries::version).optional();
    }

    Set<String> presentTypes(long itemId) {
        return jdbc.sql("select distinct document_type from aid.dossier_document where aid_item = :item")
                .param("item", itemId).query(String.class).stream().collect(Collectors.toSet());
    }

    /** The number the next upload of a document type takes. */
    int nextVersion(long itemId, String type) {
        return jdbc.sql("""
                select coalesce(max(version_no), 0) + 1 from aid.dossier_document
                 where aid_item = :item and document_type = :type
                """).param("item", itemId).param("type", type).query(Integer.class).single();
    }

    private static DocumentVersion version(ResultSet rs, int row) throws SQLException {
        return new DocumentVersion(rs.getLong("id"), rs.getLong("aid_item"), rs.getString("document_type"),
                rs.getInt("version_no"), rs.getLong("stored_file"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("note"),
                rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }
}
