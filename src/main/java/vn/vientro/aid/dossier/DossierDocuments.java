package vn.vientro.aid.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code aid.dossier_document}. */
@Repository
class DossierDocuments {

    private static final String SELECT = """
            select d.id, d.aid_item, d.document_type, d.version_no, d.stored_file, d.file_name, f.content_type,
                   f.size_bytes, d.note, d.uploaded_by, d.uploaded_at
            from aid.dossier_document d join aid.stored_file f on f.id = d.stored_file
            """;

    private final JdbcClient jdbc;

    DossierDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of every document of the item, newest version first within each type. */
    List<DocumentVersion> versions(long itemId) {
        return jdbc.sql(SELECT + " where d.aid_item = :item order by d.document_type, d.version_no desc")
                .param("item", itemId).query(DossierDocuments::version).list();
    }

    Optional<DocumentVersion> find(long itemId, long documentId) {
        return jdbc.sql(SELECT + " where d.aid_item = :item and d.id = :id").param("item", itemId)
                .param("id", documentId).query(DossierDocuments::version).optional();
    }

    Set<String> presentTypes(long itemId) {
        return jdbc.sql("select distinct document_type from aid.dossier_document where aid_item = :item")
                .param("item", itemId).query(String.class).stream().collect(Collectors.toSet());
    }

    /**
     * Adds the next version of a document. Two uploads of one type at the same instant would compute the same
     * number: the unique key refuses the second, which the caller reports.
     */
    long add(long itemId, String type, long storedFileId, String fileName, @Nullable String note, String by) {
        return jdbc.sql("""
                        insert into aid.dossier_document (aid_item, document_type, version_no, stored_file, file_name,
                                                          note, uploaded_by)
                        select :item, :type, coalesce(max(version_no), 0) + 1, :file, :name, :note, :by
                        from aid.dossier_document where aid_item = :item and document_type = :type
                        returning id
                        """).param("item", itemId).param("type", type).param("file", storedFileId)
                .param("name", fileName).param("note", note).param("by", by).query(Long.class).single();
    }

    private static DocumentVersion version(ResultSet rs, int row) throws SQLException {
        return new DocumentVersion(rs.getLong("id"), rs.getLong("aid_item"), rs.getString("document_type"),
                rs.getInt("version_no"), rs.getLong("stored_file"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("note"),
                rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }
}
