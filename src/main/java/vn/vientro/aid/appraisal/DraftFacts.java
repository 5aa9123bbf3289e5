package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the drafts state beyond the item's description, as the system recorded it: the appraisal report with its
 * conclusion, the submission proposing the decision, the decision once signed, and the titles of the heads the
 * decision names. What is not recorded stays a dotted blank for the drafter to fill.
 *
 * @param report     the appraisal report, recorded when the appraisal was concluded
 * @param conclusion what the appraisal concluded
 * @param proposal   the submission (tờ trình) proposing the decision
 * @param decision   the approval decision, once recorded
 * @param signer     who signed that decision
 */
record DraftFacts(@Nullable Paper report, @Nullable Conclusion conclusion, @Nullable Paper proposal,
                  @Nullable Paper decision, @Nullable String signer, Heads heads) {

    /** Nothing recorded yet but the agencies' heads. */
    static DraftFacts unrecorded(Heads heads) {
        return new DraftFacts(null, null, null, null, null, heads);
    }

    /** A document recorded with a move: its number and, if given, its date. */
    record Paper(String number, @Nullable LocalDate date) {

        /** The number as the header and citations write it: "125/BC-STC"; a bare "125" takes the draft's symbol. */
        String cited(String symbol) {
            return number.contains("/") ? number : number + "/" + symbol;
        }
    }

    /** @param recommendation APPROVE, APPROVE_WITH_CONDITIONS or REFUSE */
    record Conclusion(String recommendation, @Nullable String text) {
    }

    /**
     * How the decision names the heads it charges, from the agencies' data; {@code null} where no such agency is
     * recorded (the province's configured words stand) or, for the owner, where another title already names it.
     *
     * @param lead      the appraisal lead's head, who proposes the decision ("Giám đốc Sở Tài chính tỉnh Phú Thọ")
     * @param committee the Provincial People's Committee's head, who decides
     * @param office    the head of the Committee's Office
     * @param owner     the aid owner's head ("Giám đốc Sở Y tế tỉnh Phú Thọ")
     */
    record Heads(@Nullable String lead, @Nullable String committee, @Nullable String office, @Nullable String owner) {
    }
}
