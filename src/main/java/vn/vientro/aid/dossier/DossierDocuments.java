package vn.vientro.aid.dossier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the uploads of dossier documents in {@code aid.dossier_document}: append-only rows, one per version, never
 * changed afterwards, so they need no aggregate and no version of their own. Reads go through {@link DossierQueries}.
 */
@Component
class DossierDocuments {

    private final JdbcClient jdbc;

    DossierDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
