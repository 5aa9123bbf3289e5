package vn.vientro.registry.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.organisation.OrganisationDetails;
import vn.vientro.registry.organisation.OrganisationNames;
import vn.vientro.registry.organisation.OrganisationQueries;
import vn.vientro.registry.organisation.OrganisationRules;
import vn.vientro.registry.organisation.OrganisationView;
import vn.vientro.shared.InvalidInputException;

/**
 * Decides what one row would do (create, update, leave unchanged) and finds everything wrong with it, through the
 * same rules as the organisation form, each problem at its column.
 */
@Component
class RowCheck {

    enum Outcome { NEW, UPDATE, UNCHANGED, ERROR }

    static final String SIMILAR = "registry.import.row.similar";

    /** What the row does, the details to save, the organisation it updates, and its problems. */
    record Result(Outcome outcome, @Nullable OrganisationDetails details, @Nullable OrganisationView existing,
                  List<RowProblem> problems) {
    }

    private final OrganisationRules rules;
    private final OrganisationQueries queries;
    private final ImportVocabulary vocabulary;

    RowCheck(OrganisationRules rules, OrganisationQueries queries, ImportVocabulary vocabulary) {
        this.rules = rules;
        this.queries = queries;
        this.vocabulary = vocabulary;
    }

    /**
     * @param seen keys of the organisations earlier rows of the file refer to, with the first such row
     * @param lookForSimilar whether to warn of look-alikes; a scan of the registry per new row, so done once, at check
     */
    Result check(ImportRow row, KnownOrganisations known, Map<String, Integer> seen, boolean lookForSimilar) {
        int number = row.number();
        List<RowProblem> problems = new ArrayList<>();
        String kindText = row.text(ImportColumn.KIND);
        OrganisationKind kind = kindText == null ? null : vocabulary.kind(kindText).orElse(null);
        if (kindText != null && kind == null) {
            problems.add(RowProblem.error(number, ImportColumn.KIND, "registry.import.kind.unknown", kindText));
        }
        KnownOrganisations.Match match = known.match(row.text(ImportColumn.NAME_ORIGINAL),
                row.text(ImportColumn.IATI_IDENTIFIER));
        if (match.ambiguous()) {
            problems.add(RowProblem.error(number, ImportColumn.NAME_ORIGINAL, "registry.import.row.ambiguous"));
        }
        OrganisationView existing = match.id() == null ? null : queries.find(match.id()).orElse(null);
        if (existing == null && kindText == null) {
            problems.add(RowProblem.error(number, ImportColumn.KIND, "registry.import.kind.required"));
        }
        OrganisationKind effectiveKind = kind != null ? kind
                : existing != null ? existing.kind() : OrganisationKind.FOREIGN_NGO;
        ColumnValues values = (existing == null ? ColumnValues.none() : ColumnValues.of(existing)).overlaid(row);
        checkRules(number, values, effectiveKind, existing, problems);
        sameOrganisationAsEarlierRow(number, values.details(effectiveKind), existing, seen, problems);
        if (problems.stream().anyMatch(RowProblem::error)) {
            return new Result(Outcome.ERROR, null, existing, problems);
        }
        OrganisationDetails details = values.details(effectiveKind);
        if (existing != null) {
            return new Result(sameContent(details, existing.details()) ? Outcome.UNCHANGED : Outcome.UPDATE, details,
                    existing, problems);
        }
        if (lookForSimilar) {
            warnOfSimilar(number, details, problems);
        }
        return new Result(Outcome.NEW, details, null, problems);
    }

    /** The rules stop at the first broken one; setting each reported value aside finds the others too. */
    private void checkRules(int number, ColumnValues values, OrganisationKind kind, @Nullable OrganisationView existing,
                            List<RowProblem> problems) {
        ColumnValues candidate = values;
        for (int attempt = 0; attempt <= ImportColumn.values().length; attempt++) {
            try {
                rules.check(candidate.details(kind), existing == null ? null : existing.id());
                return;
            } catch (InvalidInputException e) {
                ImportColumn column = ImportColumn.ofField(e.field()).orElse(null);
                problems.add(new RowProblem(number, column, RowProblem.Severity.ERROR, e.messageKey(),
                        List.of(e.arguments()).stream().map(String::valueOf).toList()));
                if (column == null) {
                    return;
                }
                candidate = candidate.without(column);
            }
        }
    }

    private static void sameOrganisationAsEarlierRow(int number, OrganisationDetails details,
                                                     @Nullable OrganisationView existing, Map<String, Integer> seen,
                                                     List<RowProblem> problems) {
        List<String> keys = new ArrayList<>();
        if (existing != null) {
            keys.add("id:" + existing.id());
        } else {
            if (details.iatiIdentifier() != null) {
                keys.add("iati:" + details.iatiIdentifier().toUpperCase(Locale.ROOT));
            }
            if (!details.nameOriginal().isBlank()) {
                keys.add("name:" + OrganisationNames.reduce(details.nameOriginal()));
            }
        }
        for (String key : keys) {
            Integer first = seen.putIfAbsent(key, number);
            if (first != null) {
                problems.add(RowProblem.error(number, null, "registry.import.row.sameAs", first));
                return;
            }
        }
    }

    /** Registering a look-alike is allowed, as the form allows it after confirmation; the report names them. */
    private void warnOfSimilar(int number, OrganisationDetails details, List<RowProblem> problems) {
        List<OrganisationView> similar = queries.similar(OrganisationNames.reduce(details.nameOriginal()),
                details.iatiIdentifier(), null);
        if (!similar.isEmpty()) {
            problems.add(RowProblem.warning(number, ImportColumn.NAME_ORIGINAL, SIMILAR,
                    similar.stream().limit(3).map(OrganisationView::displayName).collect(Collectors.joining("; "))));
        }
    }

    /** Equal after normalising, with code lists compared as sets: reordering codes is no change. */
    static boolean sameContent(OrganisationDetails a, OrganisationDetails b) {
        return sorted(a.normalized()).equals(sorted(b.normalized()));
    }

    private static OrganisationDetails sorted(OrganisationDetails d) {
        return new OrganisationDetails(d.kind(), d.nameOriginal(), d.nameEn(), d.nameVi(), d.abbreviation(),
                d.countryCode(), d.iatiIdentifier(), d.iatiOrgType(), d.website(), d.addressAbroad(), d.addressVn(),
                d.phone(), d.email(), d.headOfOffice(), d.sectorCodes().stream().sorted().toList(),
                d.priorityFields().stream().sorted().toList(), d.communeCodes().stream().sorted().toList(), d.notes());
    }
}
