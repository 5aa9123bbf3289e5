package vn.vientro.mobilisation.catalogue;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A plan period of the catalogue (2026–2030): its versions are the yearly revisions the province approves. */
@Table(schema = "mobilisation", name = "catalogue_period")
class CataloguePeriod {

    /** A plan period is a five-year plan, at most ten years (a strategy to 2035). */
    static final int LONGEST = 10;

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final int firstYear;
    private final int lastYear;
    private final String openedBy;

    @PersistenceCreator
    CataloguePeriod(@Nullable Long id, @Nullable Long version, int firstYear, int lastYear, String openedBy) {
        this.id = id;
        this.version = version;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.openedBy = openedBy;
    }

    static CataloguePeriod open(int firstYear, int lastYear, String actor) {
        if (firstYear < 2000 || firstYear > 2100) {
            throw new vn.vientro.shared.InvalidInputException("firstYear", "mobilisation.catalogue.period.years");
        }
        if (lastYear < firstYear || lastYear - firstYear >= LONGEST) {
            throw new vn.vientro.shared.InvalidInputException("lastYear", "mobilisation.catalogue.period.years");
        }
        return new CataloguePeriod(null, null, firstYear, lastYear, actor);
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    long id() {
        return Objects.requireNonNull(id);
    }
}
