package vn.vientro.aid.demo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;

/**
 * One demo aid item: who gives it, who owns it, what it is worth, where it stands, and from when (the demo dates its
 * steps in the past so that the statutory clocks and the legal basis read as they would in real life).
 *
 * @param since the day the dossier went in; the other steps follow from it
 */
record DemoItem(String donor, @Nullable String implementer, String owner, AidKind kind, String nameVi, String nameEn,
                String objectives, String amount, String currency, @Nullable String counterpartVnd,
                List<String> sectors, int communes, LocalDate plannedStart, LocalDate plannedEnd, AidStatus target,
                LocalDate since, @Nullable String iatiIdentifier, int beneficiaries) {
}
