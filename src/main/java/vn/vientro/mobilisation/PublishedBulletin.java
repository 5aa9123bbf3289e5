package vn.vientro.mobilisation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.mobilisation.bulletin.BulletinQueries;

/**
 * The foreign-affairs bulletin as the province publishes it, for the public portal: anyone may read it, so it asks
 * for no role, and it holds only the entries the focal point published.
 */
@Component
@Transactional(readOnly = true)
public class PublishedBulletin {

    private final BulletinQueries queries;

    PublishedBulletin(BulletinQueries queries) {
        this.queries = queries;
    }

    /** The published entries, the latest first. */
    public List<PublishedBulletinEntry> all() {
        return queries.published();
    }

    public Optional<PublishedBulletinEntry> find(long entryId) {
        return queries.published(entryId);
    }
}
