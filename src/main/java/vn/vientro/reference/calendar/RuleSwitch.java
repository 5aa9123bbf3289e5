package vn.vientro.reference.calendar;

/**
 * A holiday rule that administrators may switch on or off, with its current state.
 *
 * @param inForce whether the rule currently gives a day off
 */
public record RuleSwitch(String key, String nameVi, String nameEn, String source, int month, int day,
                         boolean inForce) {
}
