package vn.vientro.aid.appraisal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One read of a confidential opinion: who, which opinion, through which screen (DOMAIN.md §10). The record only
 * grows: an entry is written once and never changed (so it has no version); the database stamps the time.
 */
@Table(schema = "aid", name = "confidential_read")
class ConfidentialRead {

    @Id
    private @Nullable Long id;
    @Column("opinion_request")
    private final long requestId;
    @Column("aid_item")
    private final long itemId;
    private final String reader;
    private final ReadChannel channel;

    @PersistenceCreator
    ConfidentialRead(@Nullable Long id, long requestId, long itemId, String reader, ReadChannel channel) {
        this.id = id;
        this.requestId = requestId;
        this.itemId = itemId;
        this.reader = reader;
        this.channel = channel;
    }

    static ConfidentialRead of(OpinionRequestView read, String reader, ReadChannel channel) {
        return new ConfidentialRead(null, read.id(), read.itemId(), reader, channel);
    }
}
