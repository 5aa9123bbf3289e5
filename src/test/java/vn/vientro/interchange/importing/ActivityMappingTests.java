package vn.vientro.interchange.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vientro.aid.ImportedItems.ImportedSector;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.OrganisationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** IATI's annotated example read and mapped: every value the item keeps comes through as the file says it. */
class ActivityMappingTests {

    private static final Set<String> KNOWN = Set.of("Currency/EUR", "Currency/USD", "AidType/A01", "Sector/11110");
    private final ActivityMapping mapping = new ActivityMapping((list, code) -> KNOWN.contains(list + "/" + code),
            place -> java.util.Optional.empty());
    private final KnownOrganisations registry = new KnownOrganisations(List.of(
            new OrganisationRef(41, "Agency B", null, OrganisationKind.FOREIGN_NGO, OrganisationStatus.ACTIVE, "GB",
                    "bb-bbb-123456789", false)));

    @Test
    void readsTheAnnotatedExampleFacts() throws IOException {
        ActivityFacts facts = annotated();
        assertThat(facts.identifier()).isEqualTo("AA-AAA-123456789-ABC123");
        assertThat(facts.defaultLanguage()).isEqualTo("en");
        assertThat(facts.title()).containsEntry("en", "Activity title").containsEntry("fr", "Titre de l'activité")
                .containsEntry("es", "Título de la actividad");
        assertThat(facts.descriptions().get("2")).containsEntry("en",
                "Objectives for the activity, for example from a logical framework.");
        assertThat(facts.reportingOrg()).isEqualTo(new ActivityFacts.Org(null, "AA-AAA-123456789", "40",
                "Organisation name"));
        assertThat(facts.participants()).first().isEqualTo(new ActivityFacts.Org("1", "BB-BBB-123456789", "40",
                "Name of Agency B"));
        assertThat(facts.dates()).containsEntry("1", "2012-04-15").containsEntry("3", "2015-12-31");
        assertThat(facts.defaultAidType()).isEqualTo("A01");
        assertThat(facts.countries()).extracting(ActivityFacts.Share::code).startsWith("AF", "AG");
        assertThat(facts.locations()).first().satisfies(place -> {
            assertThat(place.name()).isEqualTo("Location name");
            assertThat(place.administrative()).contains("G1/1/1453782");
        });
        assertThat(facts.budgets()).isNotEmpty().allSatisfy(budget -> assertThat(budget.currency()).isEqualTo("EUR"));
        assertThat(facts.transactions()).first().satisfies(t -> {
            assertThat(t.type()).isEqualTo("1");
            assertThat(t.value()).isEqualByComparingTo("1000");
        });
    }

    @Test
    void mapsTheAnnotatedExampleToTheItemFields() throws IOException {
        ActivityFacts facts = annotated();
        ActivityMapping.Mapped mapped = mapping.map(facts, registry);
        BigDecimal budgets = facts.budgets().stream().map(ActivityFacts.Amount::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(mapped.fields()).containsEntry("iatiIdentifier", "AA-AAA-123456789-ABC123")
                .containsEntry("nameEn", "Activity title").containsEntry("nameOriginal", "Activity title")
                .containsEntry("descriptionEn", "General activity description text.  Long description of the "
                        + "activity with no particular structure.")
                .containsEntry("objectivesEn", "Objectives for the activity, for example from a logical framework.")
                .containsEntry("plannedStart", LocalDate.of(2012, 4, 15))
                .containsEntry("plannedEnd", LocalDate.of(2015, 12, 31))
                .containsEntry("totalCurrency", "EUR").containsEntry("donorId", 41L)
                .containsEntry("kind", "NON_PROJECT").containsEntry("deliveryForm", "CASH")
                .doesNotContainKey("nameVi");
        assertThat((BigDecimal) mapped.fields().get("totalAmount")).isEqualByComparingTo(budgets);
        // the example's sectors are in vocabularies 2 and 99, not DAC 5-digit codes: none is taken
        assertThat(mapped.sectors()).isNull();
    }

    @Test
    void leavesOutCodesTheCodelistsDoNotKnowAndSaysSo() {
        ActivityFacts facts = ActivityFacts.read("""
                <iati-activity default-currency="XXX"><iati-identifier>X-1</iati-identifier>
                <sector code="11110"/><sector code="99999" vocabulary="1"/>
                <budget><value>5</value></budget></iati-activity>""");
        ActivityMapping.Mapped mapped = mapping.map(facts, registry);
        assertThat(mapped.sectors()).containsExactly(new ImportedSector("11110", new BigDecimal("100.00")));
        assertThat(mapped.fields()).doesNotContainKeys("totalAmount", "totalCurrency");
        assertThat(mapped.notes()).extracting(ActivityMapping.Note::arguments)
                .contains(List.of("Sector", "99999"), List.of("Currency", "XXX"));
    }

    @Test
    void splitsSharesEvenlyWhenNoneIsGiven() {
        List<ImportedSector> shares = ActivityMapping.evenly(List.of("1", "2", "3"), null);
        assertThat(shares).extracting(ImportedSector::percent).containsExactly(new BigDecimal("33.33"),
                new BigDecimal("33.33"), new BigDecimal("33.34"));
    }

    @Test
    void findsOrganisationsByIdentifierElseBySimilarName() {
        assertThat(registry.find("BB-BBB-123456789", null)).hasValueSatisfying(found ->
                assertThat(found.how()).isEqualTo("IDENTIFIER"));
        assertThat(registry.find(null, "agency  B")).hasValueSatisfying(found ->
                assertThat(found.how()).isEqualTo("NAME"));
        assertThat(registry.find("XX-1", "Another body")).isEmpty();
    }

    private static ActivityFacts annotated() throws IOException {
        List<IatiImportJobs.ReadActivity> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ActivityStreamTests.DATA.resolve(
                "examples/activity-standard-example-annotated.xml"))) {
            ActivityPipeline.read(in, read::add);
        }
        return read.get(0).facts();
    }
}
