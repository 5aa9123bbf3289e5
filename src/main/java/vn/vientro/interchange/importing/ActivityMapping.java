package vn.vientro.interchange.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.ImportedItems.ImportedLocation;
import vn.vientro.aid.ImportedItems.ImportedSector;
import vn.vientro.reference.Codelists;

/**
 * An activity's facts in the province's terms: narratives by language to the item's Vietnamese, English and original
 * fields, IATI dates to planned dates, budgets (else commitments) to the total value, the funding (else reporting)
 * organisation to a donor of the registry, DAC sectors through the codelist, the default aid type to the kind and
 * form of aid. A code the codelists do not know is left out with a note, never guessed.
 */
@Component
public class ActivityMapping {

    /** IATI transaction types that commit money to the activity: outgoing (2) and incoming (11) commitments. */
    private static final List<String> COMMITMENTS = List.of("2", "11");

    /** Whether a codelist holds a code: the reference module's lists, or a test's. */
    interface KnownCodes {
        boolean exists(String list, String code);
    }

    /** The commune a location names, if the data allows: the reference module's units, or a test's. */
    interface KnownPlaces {
        java.util.Optional<PlaceFinder.Commune> commune(ActivityFacts.Place place);
    }

    private final KnownCodes codelists;
    private final KnownPlaces places;

    @org.springframework.beans.factory.annotation.Autowired
    ActivityMapping(Codelists codelists, PlaceFinder places) {
        this(codelists::exists, places::commune);
    }

    ActivityMapping(KnownCodes codes, KnownPlaces places) {
        this.codelists = codes;
        this.places = places;
    }

    /** A note on the mapping, for the preview: a message key and its arguments. */
    public record Note(String key, List<String> arguments) {

        public Object[] messageArguments() {
            return arguments.toArray();
        }
    }

    /**
     * The values by item field name (blank ones left out), the sectors and communes (null: the activity names none
     * the province knows), notes, and the donor when the registry does not know it (and the file names it).
     */
    record Mapped(Map<String, Object> fields, @Nullable List<ImportedSector> sectors,
                  @Nullable List<ImportedLocation> locations, List<Note> notes,
                  ActivityFacts.@Nullable Org unknownDonor) {
    }

    Mapped map(ActivityFacts facts, KnownOrganisations organisations) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Note> notes = new ArrayList<>();
        String language = facts.defaultLanguage() == null ? "" : facts.defaultLanguage();
        narratives(facts.title(), language, "name", fields, true);
        narratives(facts.descriptions().getOrDefault("1", Map.of()), language, "description", fields, false);
        narratives(facts.descriptions().getOrDefault("2", Map.of()), language, "objectives", fields, false);
        put(fields, "iatiIdentifier", cut(facts.identifier(), 150));
        put(fields, "plannedStart", first(facts.dates(), "1", "2"));
        put(fields, "plannedEnd", first(facts.dates(), "3", "4"));
        total(facts, fields, notes);
        ActivityFacts.Org unknownDonor = donor(facts, organisations, fields, notes);
        kind(facts.defaultAidType(), fields, notes);
        return new Mapped(fields, sectors(facts, notes), locations(facts, notes), notes, unknownDonor);
    }

    /** vi and en narratives to their fields; for the title, the file's own language (or none) to the original name. */
    private static void narratives(Map<String, String> narratives, String fileLanguage, String prefix,
                                   Map<String, Object> fields, boolean original) {
        narratives.forEach((lang, text) -> {
            String actual = lang.isEmpty() ? fileLanguage : lang;
            int max = "name".equals(prefix) ? 500 : "objectives".equals(prefix) ? 8000 : 20_000;
            if (actual.startsWith("vi")) {
                putIfAbsent(fields, prefix + "Vi", cut(text, max));
            } else if (actual.startsWith("en")) {
                putIfAbsent(fields, prefix + "En", cut(text, max));
            }
            if (original && !actual.startsWith("vi")) {
                putIfAbsent(fields, "nameOriginal", cut(text, max));
            }
        });
    }

    /** The budgets' sum in one currency (else the commitments'), if every amount is in that currency. */
    private void total(ActivityFacts facts, Map<String, Object> fields, List<Note> notes) {
        List<Object[]> amounts = new ArrayList<>();
        facts.budgets().forEach(b -> amounts.add(new Object[] {b.value(), currency(b.currency(), facts)}));
        if (amounts.isEmpty()) {
            facts.transactions().stream().filter(t -> COMMITMENTS.contains(t.type()) && t.value() != null)
                    .forEach(t -> amounts.add(new Object[] {t.value(), currency(t.currency(), facts)}));
        }
        if (amounts.isEmpty()) {
            return;
        }
        String currency = (String) amounts.get(0)[1];
        if (currency == null || amounts.stream().anyMatch(a -> !currency.equals(a[1]))) {
            notes.add(new Note("interchange.import.note.currencies", List.of()));
            return;
        }
        if (!codelists.exists(Codelists.CURRENCY, currency)) {
            notes.add(new Note("interchange.import.note.unknownCode", List.of("Currency", currency)));
            return;
        }
        BigDecimal sum = amounts.stream().map(a -> (BigDecimal) a[0]).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        if (sum.signum() >= 0 && sum.precision() <= 19) {
            fields.put("totalAmount", sum);
            fields.put("totalCurrency", currency);
        }
    }

    private static @Nullable String currency(@Nullable String given, ActivityFacts facts) {
        String currency = given != null ? given : facts.defaultCurrency();
        return currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The funding organisation (role 1), else the reporting one, as found in the registry; answers it when the
     * registry does not know it and the file gives its name, for the registry to register on the user's choice.
     */
    private static ActivityFacts.@Nullable Org donor(ActivityFacts facts, KnownOrganisations organisations,
                                                     Map<String, Object> fields, List<Note> notes) {
        ActivityFacts.Org funder = facts.participants().stream().filter(org -> "1".equals(org.role())).findFirst()
                .orElse(facts.reportingOrg());
        if (funder == null) {
            return null;
        }
        Optional<KnownOrganisations.Found> found = organisations.find(funder.ref(), funder.name());
        if (found.isPresent()) {
            fields.put("donorId", found.get().organisation().id());
            return null;
        }
        ActivityFacts.Org reporting = facts.reportingOrg();
        // a funder that is also the reporting organisation is often named only there
        ActivityFacts.Org same = reporting != null && funder.ref() != null && funder.ref().equals(reporting.ref())
                ? reporting : null;
        String name = funder.name() != null && !funder.name().isBlank() ? funder.name()
                : same != null ? same.name() : null;
        String type = funder.type() != null ? funder.type() : same != null ? same.type() : null;
        boolean named = name != null && !name.isBlank();
        notes.add(new Note(named ? "interchange.import.note.donorUnknownOffer" : "interchange.import.note.donorUnknown",
                List.of(Objects.requireNonNullElse(name, ""), Objects.requireNonNullElse(funder.ref(), ""))));
        return named ? new ActivityFacts.Org(funder.role(), funder.ref(), type, name.strip()) : null;
    }

    /**
     * The DAC aid type's category to the kind of aid (Decree 80/2020 Art. 2): budget support and other non-project
     * aid (A, E-H), programmes (B), projects (C), technical assistance (D); technical assistance is given as services.
     */
    private void kind(@Nullable String aidType, Map<String, Object> fields, List<Note> notes) {
        if (aidType == null) {
            return;
        }
        if (!codelists.exists("AidType", aidType)) {
            notes.add(new Note("interchange.import.note.unknownCode", List.of("AidType", aidType)));
            return;
        }
        String kind = switch (aidType.charAt(0)) {
            case 'B' -> "PROGRAMME";
            case 'C' -> "INVESTMENT_PROJECT";
            case 'D' -> "TECHNICAL_ASSISTANCE";
            default -> "NON_PROJECT";
        };
        fields.put("kind", kind);
        fields.put("deliveryForm", aidType.startsWith("D") ? "SERVICES" : "CASH");
    }

    /** DAC 5-digit sectors (vocabulary 1, the default) the codelist knows; shares split evenly when none is given. */
    private @Nullable List<ImportedSector> sectors(ActivityFacts facts, List<Note> notes) {
        List<ActivityFacts.Sector> dac = new ArrayList<>();
        for (ActivityFacts.Sector sector : facts.sectors()) {
            if (sector.vocabulary() != null && !"1".equals(sector.vocabulary())) {
                continue;
            }
            if (codelists.exists(Codelists.SECTOR, sector.code())) {
                dac.add(sector);
            } else {
                notes.add(new Note("interchange.import.note.unknownCode", List.of("Sector", sector.code())));
            }
        }
        if (dac.isEmpty()) {
            return null;
        }
        boolean given = dac.stream().allMatch(sector -> sector.percentage() != null);
        return evenly(dac.stream().map(ActivityFacts.Sector::code).toList(),
                given ? dac.stream().map(ActivityFacts.Sector::percentage).toList() : null);
    }

    /** The communes the locations name, shared evenly; a location that names none is noted. */
    private @Nullable List<ImportedLocation> locations(ActivityFacts facts, List<Note> notes) {
        java.util.LinkedHashMap<String, PlaceFinder.Commune> communes = new java.util.LinkedHashMap<>();
        for (ActivityFacts.Place place : facts.locations()) {
            places.commune(place).ifPresentOrElse(commune -> communes.putIfAbsent(commune.code(), commune),
                    () -> notes.add(new Note("interchange.import.note.placeUnknown",
                            List.of(Objects.requireNonNullElse(place.name(), String.join(", ",
                                    place.administrative()))))));
        }
        if (communes.isEmpty()) {
            return null;
        }
        List<ImportedSector> shares = evenly(List.copyOf(communes.keySet()), null);
        return shares.stream().map(share -> {
            PlaceFinder.Commune commune = communes.get(share.code());
            return new ImportedLocation(commune.code(), commune.provinceCode(), commune.enteredCode(),
                    share.percent());
        }).toList();
    }

    /** Shares in percent: as given, or evenly with the rounding left on the last. */
    static List<ImportedSector> evenly(List<String> codes, @Nullable List<BigDecimal> given) {
        List<ImportedSector> shares = new ArrayList<>();
        BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(codes.size()), 2, RoundingMode.DOWN);
        BigDecimal left = BigDecimal.valueOf(100);
        for (int i = 0; i < codes.size(); i++) {
            BigDecimal share = given != null ? given.get(i).setScale(2, RoundingMode.HALF_UP)
                    : i == codes.size() - 1 ? left.setScale(2, RoundingMode.HALF_UP) : each;
            left = left.subtract(share);
            shares.add(new ImportedSector(codes.get(i), share));
        }
        return shares;
    }

    private static @Nullable LocalDate first(Map<String, String> dates, String... types) {
        for (String type : types) {
            LocalDate date = ActivityMatching.date(dates.get(type));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static void put(Map<String, Object> fields, String name, @Nullable Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            fields.put(name, value);
        }
    }

    private static void putIfAbsent(Map<String, Object> fields, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            fields.putIfAbsent(name, value);
        }
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.strip();
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
