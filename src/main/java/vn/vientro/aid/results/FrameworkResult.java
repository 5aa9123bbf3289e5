package vn.vientro.aid.results;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.shared.InvalidInputException;

/**
 * A result of an item's framework as it is written: added, changed, removed. Read as {@link Result} through
 * {@link ResultsQueries}.
 *
 * <p>The framework's parts are three aggregates, not one result owning its indicators and periods: a result, an
 * indicator ({@link FrameworkIndicator}) and a period ({@link FrameworkPeriod}) each keep their own version, as the
 * pages and the API have always shown them, so the officer reporting a period's actual value and the focal point
 * retitling its result never refuse each other's work, and adding an indicator does not make a result stale. A child
 * points to its parent by id and copies the parent's item, which the composite foreign keys hold to the parent's.
 * What spans parts is checked by {@link Results} under the item's row lock, which every framework write of one item
 * takes: positions, periods that must not overlap, a measure that stays once periods exist. Removing a part removes
 * what hangs from it by the foreign keys' {@code on delete cascade}, audited row by row.
 */
@Table(schema = "aid", name = "result")
class FrameworkResult {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private long aidItem;
    private int position;
    private ResultLevel level;
    private String titleVi;
    private @Nullable String titleEn;
    private @Nullable String description;

    @PersistenceCreator
    FrameworkResult(@Nullable Long id, @Nullable Long version, long aidItem, int position, ResultLevel level,
                    String titleVi, @Nullable String titleEn, @Nullable String description) {
        this.id = id;
        this.version = version;
        this.aidItem = aidItem;
        this.position = position;
        this.level = level;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.description = description;
    }

    /** A new result after the item's last one. */
    static FrameworkResult add(long itemId, int position, ResultInput input) {
        return new FrameworkResult(null, null, itemId, position, level(input), FrameworkText.title(input.titleVi()),
                FrameworkText.optional(input.titleEn()), FrameworkText.optional(input.description()));
    }

    void change(ResultInput input) {
        ResultLevel changedLevel = level(input);
        String changedTitle = FrameworkText.title(input.titleVi());
        level = changedLevel;
        titleVi = changedTitle;
        titleEn = FrameworkText.optional(input.titleEn());
        description = FrameworkText.optional(input.description());
    }

    private static ResultLevel level(ResultInput input) {
        if (input.level() == null) {
            throw new InvalidInputException("level", "aid.results.level.required");
        }
        return input.level();
    }

    long id() {
        return Objects.requireNonNull(id, "a result has an id once saved");
    }

    @Nullable Long version() {
        return version;
    }

    long itemId() {
        return aidItem;
    }
}
