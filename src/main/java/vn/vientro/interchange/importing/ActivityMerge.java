package vn.vientro.interchange.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.ImportedItems;
import vn.vientro.aid.ImportedItems.ImportedLocation;
import vn.vientro.aid.ImportedItems.ImportedSector;
import vn.vientro.aid.ImportedMoney;
import vn.vientro.aid.ImportedMoney.ImportedTransaction;
import vn.vientro.platform.CurrentUser;
import vn.vientro.registry.Registry;

/**
 * The per-field merge of an activity into its aid item: for each field the file gives, ours, theirs and the choice
 * (keep ours, take theirs, or both for lists). A blank value in the file never reaches the item; a field the item
 * leaves blank takes the file's value unless the user keeps it blank; a field both fill differently keeps ours unless
 * the user takes theirs. An activity that matches nothing becomes a dossier draft.
 */
@Component
public class ActivityMerge {

    static final String KEEP = "KEEP";
    static final String TAKE = "TAKE";
    static final String BOTH = "BOTH";
    static final String SECTORS = "sectors";
    static final String LOCATIONS = "locations";
    /** The activity's transactions and budgets: record the new ones (TAKE) or none (KEEP). */
    static final String TRANSACTIONS = "transactions";
    /** The donor the registry does not know: register it as a new organisation (CREATE) or not (LEAVE). */
    static final String REGISTER_DONOR = "registerDonor";
    static final String LEAVE = "LEAVE";
    static final String CREATE = "CREATE";
    /** Every choice a decision may hold. */
    static final List<String> CHOICES = List.of(KEEP, TAKE, BOTH, LEAVE, CREATE);
    /** The fields compared with an existing item; kind, form and agencies are the province's own decisions. */
    private static final List<String> MERGED = ImportedItems.FIELDS.stream().filter(field -> !Set.of("kind",
            "deliveryForm", "ownerAgencyId", "governingAgencyId").contains(field)).toList();
    /** What a choice may name: a merged field or the sectors. */
    static final Set<String> FIELDS_AND_LISTS = java.util.stream.Stream.concat(MERGED.stream(),
            java.util.stream.Stream.of(SECTORS, LOCATIONS, TRANSACTIONS, REGISTER_DONOR)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final ActivityMapping mapping;
    private final ImportedItems items;
    private final ImportedMoney money;

    ActivityMerge(ActivityMapping mapping, ImportedItems items, ImportedMoney money) {
        this.mapping = mapping;
        this.items = items;
        this.money = money;
    }

    /** One field of the preview; {@code state} is THEIRS_ONLY or DIFFERENT, {@code choices} what the user may pick. */
    public record FieldChange(String field, String labelKey, @Nullable Object ours, @Nullable Object theirs,
                              String state, String decision, List<String> choices) {
    }

    /**
     * What applying would do with an activity: {@code plan} CREATE, UPDATE, UNCHANGED or REFUSE, the item, the fields
     * that differ, the notes of the mapping, and what would be written: the fields, lists, and the transactions to
     * record ({@code recordMoney}; the aid module records those of them it does not record yet). {@code money} says
     * of each reported transaction whether it is new, already recorded, or refused and why. {@code registerDonor}
     * is the organisation the registry registers before writing, on the user's choice; {@code fillsDonor} whether it
     * then becomes the item's donor (a new draft, or an item without one).
     */
    public record Preview(long activityId, @Nullable String identifier, @Nullable String title, String plan, @Nullable Long itemId, @Nullable Long itemVersion,
                          List<FieldChange> changes, List<ActivityMapping.Note> notes,
                          Map<String, Object> write, @Nullable List<ImportedSector> sectors,
                          @Nullable List<ImportedLocation> locations, List<ImportedMoney.Line> money,
                          List<ImportedTransaction> recordMoney, Registry.@Nullable ReportedOrganisation registerDonor,
                          boolean fillsDonor) {
    }

    Preview preview(IatiImportJobs.Stored activity, KnownOrganisations organisations) {
        ActivityMapping.Mapped theirs = mapping.map(activity.facts(), organisations);
        Optional<ImportedItems.Current> ours = activity.matchItem() == null ? Optional.empty()
                : items.current(activity.matchItem());
        List<ActivityMapping.Note> notes = new ArrayList<>(theirs.notes());
        List<ImportedTransaction> reported = ActivityMoney.of(activity.facts(), notes);
        if (ours.isEmpty()) {
            List<ImportedMoney.Line> lines = reported.isEmpty() ? List.of() : money.planForDraft(reported);
            List<FieldChange> changes = new ArrayList<>();
            List<ImportedTransaction> record = money(activity, lines, reported, changes);
            Registry.ReportedOrganisation register = registration(activity, theirs, changes);
            return draft(activity, theirs, notes, changes, lines, record, register);
        }
        ImportedItems.Current item = ours.get();
        // after the decision the description changes only through an adjustment request (aid.item.locked): the
        // differences are shown, ours kept, and the reported money is still recorded (behind its own rules)
        boolean locked = !item.status().isBeforeDecision();
        if (locked) {
            notes.add(new ActivityMapping.Note("interchange.import.note.descriptionLocked", List.of()));
        }
        List<FieldChange> changes = new ArrayList<>();
        Map<String, Object> write = new LinkedHashMap<>();
        for (String field : MERGED) {
            Object their = theirs.fields().get(field);
            Object our = item.fields().get(field);
            if (their == null || same(our, their)) {
                continue; // blank in the file never erases ours; equal values need no choice
            }
            String state = our == null ? "THEIRS_ONLY" : "DIFFERENT";
            String decision = activity.decisions().getOrDefault(field, our == null ? TAKE : KEEP);
            decision = TAKE.equals(decision) && !locked ? TAKE : KEEP;
            changes.add(new FieldChange(field, label(field), shown(field, our, organisations),
                    shown(field, their, organisations), state, decision, locked ? List.of(KEEP) : List.of(KEEP, TAKE)));
            if (TAKE.equals(decision)) {
                write.put(field, their);
            }
        }
        List<ImportedSector> sectors = sectors(activity, item.sectors(), theirs.sectors(), changes);
        List<ImportedLocation> locations = locations(activity, item.locations(), theirs.locations(), changes);
        if (locked) {
            sectors = null;
            locations = null;
            changes.replaceAll(change -> List.of(SECTORS, LOCATIONS).contains(change.field())
                    ? new FieldChange(change.field(), change.labelKey(), change.ours(), change.theirs(),
                    change.state(), KEEP, List.of(KEEP)) : change);
        }
        List<ImportedMoney.Line> lines = reported.isEmpty() ? List.of() : money.plan(item.id(), reported);
        List<ImportedTransaction> record = money(activity, lines, reported, changes);
        Registry.ReportedOrganisation register = registration(activity, theirs, changes);
        String plan = write.isEmpty() && sectors == null && locations == null && record.isEmpty() && register == null
                ? "UNCHANGED" : "UPDATE";
        return new Preview(activity.id(), activity.facts().identifier(), activity.facts().title("vi"), plan,
                item.id(), item.version(), changes, notes, write, sectors, locations, lines, record, register,
                register != null && !item.fields().containsKey("donorId"));
    }

    /**
     * The donor to register, when the registry does not know it and the user chose to; adds the choice's line (leave
     * it, unless chosen) to the preview. The registry decides what its record holds.
     */
    private static Registry.@Nullable ReportedOrganisation registration(IatiImportJobs.Stored activity,
                                                                       ActivityMapping.Mapped theirs,
                                                                       List<FieldChange> changes) {
        ActivityFacts.Org donor = theirs.unknownDonor();
        if (donor == null || donor.name() == null) {
            return null;
        }
        String decision = CREATE.equals(activity.decisions().get(REGISTER_DONOR)) ? CREATE : LEAVE;
        changes.add(new FieldChange(REGISTER_DONOR, "interchange.import.preview.registerDonor", null,
                donor.ref() == null ? donor.name() : donor.name() + " (" + donor.ref() + ")", "THEIRS_ONLY", decision,
                List.of(LEAVE, CREATE)));
        return CREATE.equals(decision) ? new Registry.ReportedOrganisation(donor.name(), donor.ref(), donor.type())
                : null;
    }

    /**
     * The transactions to record: all reported (the aid module records only the new ones) unless the user keeps ours;
     * none when none is new. Adds the choice's line to the preview when some are new.
     */
    private static List<ImportedTransaction> money(IatiImportJobs.Stored activity, List<ImportedMoney.Line> lines,
                                                   List<ImportedTransaction> reported, List<FieldChange> changes) {
        long fresh = lines.stream().filter(line -> line.state() == ImportedMoney.State.NEW).count();
        if (fresh == 0) {
            return List.of();
        }
        long existing = lines.stream().filter(line -> line.state() == ImportedMoney.State.EXISTING).count();
        String decision = KEEP.equals(activity.decisions().get(TRANSACTIONS)) ? KEEP : TAKE;
        changes.add(new FieldChange(TRANSACTIONS, "interchange.import.preview.transactions", existing, fresh,
                existing == 0 ? "THEIRS_ONLY" : "DIFFERENT", decision, List.of(KEEP, TAKE)));
        return TAKE.equals(decision) ? reported : List.of();
    }

    /** The communes to write, or null to leave them; adds the list's line to the preview when they differ. */
    private static @Nullable List<ImportedLocation> locations(IatiImportJobs.Stored activity,
                                                             List<ImportedLocation> ours,
                                                             @Nullable List<ImportedLocation> theirs,
                                                             List<FieldChange> changes) {
        List<String> ourCodes = ours.stream().map(ImportedLocation::communeCode).sorted().toList();
        if (theirs == null || ourCodes.equals(theirs.stream().map(ImportedLocation::communeCode).sorted().toList())) {
            return null; // the same communes: their shares are the province's own estimate, kept
        }
        String decision = activity.decisions().getOrDefault(LOCATIONS, ours.isEmpty() ? TAKE : KEEP);
        decision = List.of(TAKE, BOTH).contains(decision) ? decision : KEEP;
        changes.add(new FieldChange(LOCATIONS, "interchange.import.preview.locations", String.join(", ", ourCodes),
                String.join(", ", theirs.stream().map(ImportedLocation::communeCode).toList()),
                ours.isEmpty() ? "THEIRS_ONLY" : "DIFFERENT", decision, List.of(KEEP, TAKE, BOTH)));
        if (TAKE.equals(decision)) {
            return theirs;
        }
        if (BOTH.equals(decision)) {
            Map<String, ImportedLocation> union = new LinkedHashMap<>();
            ours.forEach(place -> union.put(place.communeCode(), place));
            theirs.forEach(place -> union.putIfAbsent(place.communeCode(), place));
            List<ImportedSector> shares = ActivityMapping.evenly(List.copyOf(union.keySet()), null);
            return shares.stream().map(share -> {
                ImportedLocation place = union.get(share.code());
                return new ImportedLocation(place.communeCode(), place.provinceCode(), place.enteredCode(),
                        share.percent());
            }).toList();
        }
        return null;
    }

    /** The sectors to write, or null to leave them; adds the list's line to the preview when they differ. */
    private static @Nullable List<ImportedSector> sectors(IatiImportJobs.Stored activity, List<ImportedSector> ours,
                                                         @Nullable List<ImportedSector> theirs,
                                                         List<FieldChange> changes) {
        if (theirs == null || codes(ours).equals(codes(theirs)) && sameShares(ours, theirs)) {
            return null;
        }
        String decision = activity.decisions().getOrDefault(SECTORS, ours.isEmpty() ? TAKE : KEEP);
        decision = List.of(TAKE, BOTH).contains(decision) ? decision : KEEP;
        changes.add(new FieldChange(SECTORS, "aid.item.sectors", String.join(", ", codes(ours)),
                String.join(", ", codes(theirs)), ours.isEmpty() ? "THEIRS_ONLY" : "DIFFERENT", decision,
                List.of(KEEP, TAKE, BOTH)));
        if (TAKE.equals(decision)) {
            return theirs;
        }
        if (BOTH.equals(decision)) {
            Set<String> union = new LinkedHashSet<>(codes(ours));
            union.addAll(codes(theirs));
            return union.size() == ours.size() ? null : ActivityMapping.evenly(List.copyOf(union), null);
        }
        return null;
    }

    /** A new dossier draft from the file, owned and governed by the importing user's agency until they say else. */
    private static Preview draft(IatiImportJobs.Stored activity, ActivityMapping.Mapped theirs,
                                 List<ActivityMapping.Note> notes, List<FieldChange> changes,
                                 List<ImportedMoney.Line> lines, List<ImportedTransaction> record,
                                 Registry.@Nullable ReportedOrganisation register) {
        long activityId = activity.id();
        String identifier = activity.facts().identifier();
        String title = activity.facts().title("vi");
        Map<String, Object> write = new LinkedHashMap<>(theirs.fields());
        write.putIfAbsent("kind", "INVESTMENT_PROJECT");
        write.putIfAbsent("deliveryForm", "CASH");
        Object name = write.getOrDefault("nameOriginal", write.get("nameEn"));
        if (name != null) {
            write.putIfAbsent("nameVi", name);
        }
        CurrentUser.agency().ifPresent(agency -> {
            write.put("ownerAgencyId", agency);
            write.put("governingAgencyId", agency);
        });
        List<String> missing = new ArrayList<>();
        for (String required : List.of("nameVi", "donorId", "totalAmount", "ownerAgencyId")) {
            if (!write.containsKey(required) && !("donorId".equals(required) && register != null)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            notes.add(new ActivityMapping.Note("interchange.import.note.cannotDraft", missing));
            return new Preview(activityId, identifier, title, "REFUSE", null, null, changes, notes, write,
                    theirs.sectors(), theirs.locations(), lines, List.of(), null, false);
        }
        return new Preview(activityId, identifier, title, "CREATE", null, null, changes, notes, write,
                theirs.sectors(), theirs.locations(), lines, record, register, register != null);
    }

    private static boolean same(@Nullable Object ours, Object theirs) {
        if (ours instanceof BigDecimal a && theirs instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (ours instanceof Number a && theirs instanceof Number b) {
            return a.longValue() == b.longValue();
        }
        if (ours instanceof String a && theirs instanceof String b) {
            return a.strip().equals(b.strip());
        }
        return Objects.equals(ours, theirs);
    }

    private static List<String> codes(List<ImportedSector> sectors) {
        return sectors.stream().map(ImportedSector::code).sorted().toList();
    }

    private static boolean sameShares(List<ImportedSector> ours, List<ImportedSector> theirs) {
        for (ImportedSector our : ours) {
            BigDecimal their = theirs.stream().filter(t -> t.code().equals(our.code())).map(ImportedSector::percent)
                    .findFirst().orElse(BigDecimal.ZERO);
            if (our.percent().compareTo(their) != 0) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Object shown(String field, @Nullable Object value, KnownOrganisations organisations) {
        if ("donorId".equals(field) && value instanceof Number id) {
            return organisations.name(id.longValue()).orElse("#" + id);
        }
        return value;
    }

    private static String label(String field) {
        return "donorId".equals(field) ? "aid.item.donor" : "aid.item." + field;
    }
}
