package vn.vientro.aid.demo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.platform.DemoFile;

/**
 * The projects named in seed 003 (a province's 2023 mobilisation plan) and a few more, as aid items in the states a
 * real portfolio shows, dated relative to today: {@code demo/aid/items.yml}.
 */
final class DemoAidItems {

    private DemoAidItems() {
    }

    /** The items as the file lists them. */
    record Seed(List<Entry> items) {
    }

    /** An item with its days as the file writes them: dates, or periods from today. */
    record Entry(String donor, @Nullable String implementer, String owner, AidKind kind, String nameVi, String nameEn,
                 String objectives, String amount, String currency, @Nullable String counterpartVnd,
                 List<String> sectors, int communeOffset, String plannedStart, String plannedEnd, AidStatus target,
                 String since, @Nullable String approval, int beneficiaries, boolean lateReporter) {

        DemoItem on(LocalDate today) {
            return new DemoItem(donor, implementer, owner, kind, nameVi, nameEn, objectives, amount, currency,
                    counterpartVnd, sectors, communeOffset, DemoFile.day(plannedStart, today),
                    DemoFile.day(plannedEnd, today), target, DemoFile.day(since, today),
                    approval == null ? null : DemoFile.day(approval, today), beneficiaries, lateReporter);
        }
    }

    static List<DemoItem> all(LocalDate today) {
        return DemoFile.read("demo/aid/items.yml", Seed.class).items().stream().map(entry -> entry.on(today)).toList();
    }
}
