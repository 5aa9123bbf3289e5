package vn.vientro.aid.demo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;

/**
 * One demo aid item: who gives it, who owns it, what it is worth, and how far it has come.
 *
 * @param since        the day its dossier went in; decisions and money follow from it
 * @param approval     the day the decision was signed, when it was approved
 * @param lateReporter whether the owner has not yet reported the last finished year of results
 */
record DemoItem(String donor, @Nullable String implementer, String owner, AidKind kind, String nameVi, String nameEn,
                String objectives, String amount, String currency, @Nullable String counterpartVnd,
                List<String> sectors, int communeOffset, LocalDate plannedStart, LocalDate plannedEnd,
                AidStatus target, LocalDate since, @Nullable LocalDate approval, int beneficiaries,
                boolean lateReporter) {
}
