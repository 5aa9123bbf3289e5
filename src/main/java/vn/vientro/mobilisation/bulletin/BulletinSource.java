package vn.vientro.mobilisation.bulletin;

import java.util.Optional;

/** What a bulletin entry tells of: an activity of a yearly plan, or a reward. */
public enum BulletinSource {
    ACTIVITY("activities"), REWARD("rewards");

    private final String slug;

    BulletinSource(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    static Optional<BulletinSource> fromSlug(String slug) {
        for (BulletinSource source : values()) {
            if (source.slug.equals(slug)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
