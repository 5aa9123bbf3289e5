package vn.vientro.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private static final String COLUMNS = "select list, code, name_en, name_vi, category, withdrawn "
            + "from reference.codelist_item";

    private final JdbcClient jdbc;

    Codelists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every active entry of a list, in code order (withdrawn codes stay readable through {@link #find}). */
    public List<CodelistItem> active(String list) {
        return jdbc.sql(COLUMNS + " where list = :list and not withdrawn order by code")
                .param("list", list).query(CodelistItem.class).list();
    }

    public Optional<CodelistItem> find(String list, String code) {
        return jdbc.sql(COLUMNS + " where list = :list and code = :code")
                .param("list", list).param("code", code).query(CodelistItem.class).optional();
    }

    public boolean exists(String list, String code) {
        return find(list, code).isPresent();
    }

    /** DAC sectors and sector categories whose code or name (English or Vietnamese, any diacritics) matches. */
    public List<CodelistItem> sectors(String text, int limit) {
        String query = text.trim();
        return jdbc.sql(COLUMNS + """
                         where list in ('Sector', 'SectorCategory') and not withdrawn
                           and (:q = '' or search_text like '%' || lower(f_unaccent(:q)) || '%')
                         order by (code = :q) desc, coalesce(category, code), length(code), code
                         limit :limit
                        """)
                .param("q", query).param("limit", limit).query(CodelistItem.class).list();
    }

    /** The sector or category with this DAC code, whichever list holds it. */
    public Optional<CodelistItem> sector(String code) {
        return find(code.length() == 3 ? SECTOR_CATEGORY : SECTOR, code);
    }
}
