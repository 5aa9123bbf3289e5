package vn.vientro.reference;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.reference.codelist.CodelistQueries;

/** IATI codelists: DAC sectors (5-digit) and categories (3-digit), countries, currencies, organisation types .... */
@Service
@Transactional(readOnly = true)
public class Codelists {

    public static final String SECTOR = "Sector";
    public static final String SECTOR_CATEGORY = "SectorCategory";
    public static final String COUNTRY = "Country";
    public static final String CURRENCY = "Currency";
    public static final String ORGANISATION_TYPE = "OrganisationType";
    public static final String REGISTRATION_AGENCY = "OrganisationRegistrationAgency";

    /** The currencies aid to the province comes in most, in this order. */
    private static final List<String> COMMON_CURRENCIES = List.of("VND", "USD", "EUR", "JPY", "KRW", "GBP", "AUD");

    private final CodelistQueries codelists;

    Codelists(CodelistQueries codelists) {
        this.codelists = codelists;
    }

    /** Every active entry of a list, in code order (withdrawn codes stay readable through {@link #find}). */
    public List<CodelistItem> active(String list) {
        return codelists.active(list);
    }

    /** The active currencies as people pick them: the common ones first, in their order, the others by code. */
    public List<CodelistItem> currencies() {
        return active(CURRENCY).stream().sorted(Comparator.comparingInt(Codelists::commonFirst)
                .thenComparing(CodelistItem::code)).toList();
    }

    private static int commonFirst(CodelistItem currency) {
        int rank = COMMON_CURRENCIES.indexOf(currency.code());
        return rank < 0 ? COMMON_CURRENCIES.size() : rank;
    }

    /**
     * Every active entry, named and sorted in the reader's language (Vietnamese collation: "Đức" after "Đan Mạch",
     * "Ấn Độ" among the A's), as a list people pick from: never in code order with names of mixed languages.
     */
    public List<CodelistItem> activeByName(String list, Locale locale) {
        Collator collator = Collator.getInstance("en".equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.SECONDARY);
        return active(list).stream().sorted(Comparator.comparing(item -> item.name(locale), collator)).toList();
    }

    public Optional<CodelistItem> find(String list, String code) {
        return codelists.find(list, code);
    }

    public boolean exists(String list, String code) {
        return find(list, code).isPresent();
    }

    /** DAC sectors and sector categories whose code or name (English or Vietnamese, any diacritics) matches. */
    public List<CodelistItem> sectors(String text, int limit) {
        return codelists.sectors(text.trim(), limit);
    }

    /** The sector or category with this DAC code, whichever list holds it. */
    public Optional<CodelistItem> sector(String code) {
        return find(code.length() == 3 ? SECTOR_CATEGORY : SECTOR, code);
    }
}
