package vn.vientro.shared;

import java.util.Locale;

/**
 * A kind of problem with a stable name. The API answers it as {@code /problems/<slug>} with the title
 * {@code problem.<slug>.title} in the caller's language; pages show its message at the field. Each module lists its
 * problem types in one enum (such as {@code AidProblem}), so a test can check that every one has both titles.
 */
public interface ProblemType {

    /** What went wrong, as the HTTP answer says it: the request itself, or the state of the records it met. */
    enum Kind {
        /** The request is malformed or out of range; the caller can correct it (400). */
        INVALID_INPUT,
        /** The request is well formed, but the records' state or a rule forbids it now (409). */
        CONFLICT
    }

    /** The enum constant's name, from which the slug comes: {@code STALE_VERSION} is {@code stale-version}. */
    String name();

    Kind kind();

    /** The stable, kebab-case name in {@code /problems/<slug>}. */
    default String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
