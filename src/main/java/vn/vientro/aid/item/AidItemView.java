package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An aid item as its pages show it: its own fields with the names of the organisations, agencies, sectors and communes
 * it refers to, and the flag of a donor or implementer without a valid registration paper.
 */
public record AidItemView(AidItemRecord item, String donorName, boolean donorWithoutPermit, boolean donorSuspended,
                          @Nullable String implementerName, boolean implementerWithoutPermit, String ownerAgencyName,
                          String governingAgencyName, List<Sector> sectors, List<Location> locations,
                          List<Party> parties, List<ItemContact> contacts) {

    public long id() {
        return item.id();
    }

    /** Whether a foreign NGO named on the item has no valid registration paper today. */
    public boolean withoutValidPermit() {
        return donorWithoutPermit || implementerWithoutPermit;
    }

    public record Sector(String code, String nameVi, String nameEn, BigDecimal percent) {
    }

    /** A commune share; {@code enteredCode} and {@code enteredName} show the old unit the user typed, if any. */
    public record Location(String communeCode, String name, String path, @Nullable String enteredCode,
                           @Nullable String enteredName, BigDecimal percent) {
    }
}
