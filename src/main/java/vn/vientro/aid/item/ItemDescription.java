package vn.vientro.aid.item;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.shared.TextLength;

/**
 * The fields that describe an aid item, each declared once with everything the application needs to know of it: its
 * type (the component's), the column it is stored in (its name in snake case), its label ({@code aid.item.<name>}
 * unless named), the form section and width, the amendment group that decides whether changing it needs a new
 * decision ({@code vientro.aid.amendment.substantive-fields} names groups), its export column, the public group that
 * shows it on the portal, its place in the approval decision and its IATI 2.03 path. The item form, the API, the
 * detail page, amendment comparisons and snapshots, the history tab, the Excel export and the decision draft all read
 * this record's components through {@link ItemFields}; adding a field is adding a component here, its column, and its
 * label in the two message files. Sectors, communes, parties and contacts are lists beside it
 * ({@link AidItemDetails}).
 */
public record ItemDescription(
        @Field(section = Section.GENERAL, group = "KIND", required = true, width = 4, choices = "aid.kind.",
                export = 4, publicGroup = PublicGroup.SUMMARY, decision = true, iati = "default-aid-type")
        @Nullable AidKind kind,
        @Field(section = Section.GENERAL, group = "DELIVERY_FORM", width = 4, choices = "aid.deliveryForm.",
                publicGroup = PublicGroup.SUMMARY, decision = true)
        @Nullable DeliveryForm deliveryForm,
        @Field(section = Section.GENERAL, group = "PRIORITY_FIELD", maxLength = TextLength.CODE, width = 4,
                reference = Reference.PRIORITY_FIELD,
                publicGroup = PublicGroup.SUMMARY)
        @Nullable String priorityField,
        @Field(section = Section.GENERAL, group = "NAME", required = true, maxLength = TextLength.NAME, export = 2,
                publicGroup = PublicGroup.SUMMARY, decision = true, iati = "title/narrative[@xml:lang='vi']")
        @Nullable String nameVi,
        @Field(section = Section.GENERAL, group = "NAME", maxLength = TextLength.NAME, width = 6, export = 3,
                publicGroup = PublicGroup.SUMMARY, iati = "title/narrative[@xml:lang='en']")
        @Nullable String nameEn,
        @Field(section = Section.GENERAL, group = "NAME", maxLength = TextLength.NAME, width = 6, decision = true,
                publicGroup = PublicGroup.SUMMARY, iati = "title/narrative")
        @Nullable String nameOriginal,
        @Field(section = Section.GENERAL, group = "IATI_IDENTIFIER", maxLength = 150, iati = "iati-identifier")
        @Nullable String iatiIdentifier,
        @Field(section = Section.GENERAL, group = "OBJECTIVES", maxLength = 8000, rows = 3, decision = true,
                publicGroup = PublicGroup.SUMMARY, iati = "description[@type='2']/narrative[@xml:lang='vi']")
        @Nullable String objectivesVi,
        @Field(section = Section.GENERAL, group = "OBJECTIVES", maxLength = 8000, rows = 2,
                publicGroup = PublicGroup.SUMMARY, iati = "description[@type='2']/narrative[@xml:lang='en']")
        @Nullable String objectivesEn,
        @Field(section = Section.GENERAL, group = "DESCRIPTION", maxLength = TextLength.TEXT, rows = 4,
                publicGroup = PublicGroup.SUMMARY, iati = "description[@type='1']/narrative[@xml:lang='vi']")
        @Nullable String descriptionVi,
        @Field(section = Section.GENERAL, group = "DESCRIPTION", maxLength = TextLength.TEXT, rows = 3,
                publicGroup = PublicGroup.SUMMARY, iati = "description[@type='1']/narrative[@xml:lang='en']")
        @Nullable String descriptionEn,
        @Field(section = Section.PARTIES, group = "DONOR", required = true, width = 6, label = "aid.item.donor",
                reference = Reference.ORGANISATION, export = 6, publicGroup = PublicGroup.SUMMARY, decision = true,
                iati = "participating-org[@role='1']/@ref")
        @Nullable Long donorId,
        @Field(section = Section.PARTIES, group = "IMPLEMENTER", width = 6, label = "aid.item.implementer",
                reference = Reference.ORGANISATION, publicGroup = PublicGroup.SUMMARY,
                iati = "participating-org[@role='4']/@ref")
        @Nullable Long implementerId,
        @Field(section = Section.PARTIES, group = "OWNER_AGENCY", required = true, width = 6, label = "aid.item.owner",
                reference = Reference.AGENCY, export = 7, publicGroup = PublicGroup.SUMMARY, decision = true,
                iati = "participating-org[@role='2']")
        @Nullable Long ownerAgencyId,
        @Field(section = Section.PARTIES, group = "GOVERNING_AGENCY", required = true, width = 6,
                label = "aid.item.governing", reference = Reference.AGENCY, decision = true,
                iati = "participating-org[@role='3']")
        @Nullable Long governingAgencyId,
        @Field(section = Section.TIME_AND_MONEY, group = "START_DATE", width = 4, decision = true,
                publicGroup = PublicGroup.SUMMARY, iati = "activity-date[@type='1']/@iso-date")
        @Nullable LocalDate plannedStart,
        @Field(section = Section.TIME_AND_MONEY, group = "END_DATE", width = 4, decision = true,
                publicGroup = PublicGroup.SUMMARY, iati = "activity-date[@type='3']/@iso-date")
        @Nullable LocalDate plannedEnd,
        @Field(section = Section.TIME_AND_MONEY, group = "DISASTER_DATE", width = 4)
        @Nullable LocalDate disasterOn,
        @Field(section = Section.TIME_AND_MONEY, group = "TOTAL_VALUE", required = true, width = 4, export = 8,
                publicGroup = PublicGroup.VALUE, decision = true, iati = "budget/value")
        @Nullable BigDecimal totalAmount,
        @Field(section = Section.TIME_AND_MONEY, group = "TOTAL_VALUE", required = true, maxLength = 3, width = 2,
                reference = Reference.CURRENCY, export = 9, publicGroup = PublicGroup.VALUE,
                iati = "@default-currency")
        @Nullable String totalCurrency,
        @Field(section = Section.TIME_AND_MONEY, group = "COUNTERPART", width = 3, publicGroup = PublicGroup.VALUE,
                decision = true)
        @Nullable BigDecimal counterpartAmount,
        @Field(section = Section.TIME_AND_MONEY, group = "COUNTERPART", maxLength = 3, width = 3,
                reference = Reference.CURRENCY, publicGroup = PublicGroup.VALUE)
        @Nullable String counterpartCurrency,
        @Field(section = Section.TIME_AND_MONEY, group = "COUNTERPART", maxLength = TextLength.NAME, width = 8,
                publicGroup = PublicGroup.VALUE, decision = true)
        @Nullable String counterpartSource,
        @Field(section = Section.TIME_AND_MONEY, group = "COUNTERPART", width = 4, choices = "aid.counterpartForm.",
                publicGroup = PublicGroup.VALUE, decision = true)
        @Nullable CounterpartForm counterpartForm,
        // Decree 80/2020 Art. 21 (Decree 313/2025 keeps it): aid money in and out through a dedicated aid account
        @Field(section = Section.FINANCE, group = "AID_ACCOUNT", maxLength = 200, width = 6, decision = true)
        @Nullable String aidAccountBank,
        @Field(section = Section.FINANCE, group = "AID_ACCOUNT", maxLength = 200, width = 6, decision = true)
        @Nullable String aidAccountBranch,
        @Field(section = Section.FINANCE, group = "AID_ACCOUNT", maxLength = 50, width = 6, export = 12,
                decision = true)
        @Nullable String aidAccountNumber,
        @Field(section = Section.FINANCE, group = "AID_ACCOUNT", maxLength = 200, width = 6, decision = true)
        @Nullable String aidAccountHolder,
        // Decree 80/2020 Art. 23; Decree 313/2025 Art. 3 cl. 11, Art. 20 cl. 1: aid that is state-budget revenue is
        // booked through the State Treasury (ghi thu, ghi chi) in the budget of its level
        @Field(section = Section.FINANCE, group = "STATE_BUDGET", width = 6, export = 10, decision = true)
        @Nullable Boolean budgetRecorded,
        @Field(section = Section.FINANCE, group = "STATE_BUDGET", width = 6, choices = "aid.item.budgetLevel.",
                export = 11, decision = true)
        @Nullable BudgetLevel budgetLevel,
        @Field(section = Section.BENEFICIARIES, group = "BENEFICIARIES", maxLength = 2000, rows = 2,
                publicGroup = PublicGroup.BENEFICIARIES, decision = true)
        @Nullable String targetGroups,
        @Field(section = Section.BENEFICIARIES, group = "BENEFICIARIES", width = 2,
                publicGroup = PublicGroup.BENEFICIARIES, decision = true)
        @Nullable Integer beneficiariesTotal,
        @Field(section = Section.BENEFICIARIES, group = "BENEFICIARIES", width = 2,
                publicGroup = PublicGroup.BENEFICIARIES)
        @Nullable Integer beneficiariesWomen,
        @Field(section = Section.BENEFICIARIES, group = "BENEFICIARIES", width = 2,
                publicGroup = PublicGroup.BENEFICIARIES)
        @Nullable Integer beneficiariesDisabled,
        @Field(section = Section.BENEFICIARIES, group = "BENEFICIARIES", width = 3,
                publicGroup = PublicGroup.BENEFICIARIES)
        @Nullable Integer beneficiariesEthnic,
        @Field(section = Section.BENEFICIARIES, group = "BENEFICIARIES", width = 3,
                publicGroup = PublicGroup.BENEFICIARIES)
        @Nullable Integer beneficiariesChildren) {

    /** The budget that books aid recorded in the state budget (after the 2025 reorganisation: no district level). */
    public enum BudgetLevel {
        CENTRAL, PROVINCIAL, COMMUNE
    }

    /** Where a field sits on the form and the detail page. */
    public enum Section {
        GENERAL, PARTIES, TIME_AND_MONEY, FINANCE, BENEFICIARIES
    }

    /** A field whose value is a record kept elsewhere, chosen from a list. */
    public enum Reference {
        NONE, ORGANISATION, AGENCY, PRIORITY_FIELD, CURRENCY
    }

    /** What the application needs to know of one field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Field {

        Section section();

        /** The amendment group: changing any field of a group the configuration names needs a new decision. */
        String group();

        /** The message key of its label; {@code aid.item.<name>} when empty. */
        String label() default "";

        boolean required() default false;

        /** For texts: the most characters accepted, also its column's limit ({@code aid_item_<column>_length_ck}). */
        int maxLength() default 0;

        /** For long texts: the lines of the text area (0: a one-line field). */
        int rows() default 0;

        /** Columns of the form's twelve. */
        int width() default 12;

        /** For enums: the prefix of their labels' message keys. */
        String choices() default "";

        Reference reference() default Reference.NONE;

        /** Its column in the Excel export (0: not exported); the list's own columns come first. */
        int export() default 0;

        /** The group the focal point opens to the public portal once the item is approved; none: never public. */
        PublicGroup[] publicGroup() default {};

        /** Whether the approval decision states it (Decree 80/2020 Art. 11; DOMAIN.md §4.4). */
        boolean decision() default false;

        /** Its IATI 2.03 activity element or attribute, for the interchange. */
        String iati() default "";
    }

    public static ItemDescription empty() {
        return ItemFields.blank();
    }
}
