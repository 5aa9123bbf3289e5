package vn.vientro.reference.codelist;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.reference.CodelistItem;

/** The IATI codelists as {@link CodelistLoader} keeps them from the bundled files. */
@Component
public class CodelistQueries {

    private static final String COLUMNS = "select list, code, name_en, name_vi, category, withdrawn "
            + "from reference.codelist_item";

    private final JdbcClient jdbc;

    CodelistQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every active entry of a list, in code order. */
    public List<CodelistItem> active(String list) {
        return jdbc.sql(COLUMNS + " where list = :list and not withdrawn order by code")
                .param("list", list).query(CodelistItem.class).list();
    }

    /** Withdrawn codes included. */
    public Optional<CodelistItem> find(String list, String code) {
        return jdbc.sql(COLUMNS + " where list = :list and code = :code")
                .param("list", list).param("code", code).query(CodelistItem.class).optional();
    }

    /** DAC sectors and sector categories whose code or name (English or Vietnamese, any diacritics) matches. */
    public List<CodelistItem> sectors(String query, int limit) {
        return jdbc.sql(COLUMNS + """
                         where list in ('Sector', 'SectorCategory') and not withdrawn
                           and (:q = '' or search_text like '%' || lower(f_unaccent(:q)) || '%')
                         order by (code = :q) desc, coalesce(category, code), length(code), code
                         limit :limit
                        """)
                .param("q", query).param("limit", limit).query(CodelistItem.class).list();
    }
}
