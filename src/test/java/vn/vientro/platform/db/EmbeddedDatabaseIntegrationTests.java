package vn.vientro.platform.db;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.platform.VientroProperties;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class EmbeddedDatabaseIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsPostgresSeventeenDurably() {
        assertThat(jdbc.sql("show server_version_num").query(String.class).single()).startsWith("17");
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void applicationDoesNotConnectAsSuperuser() {
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
    }

    @Test
    void unaccentWrapperIsImmutableAndStripsVietnameseDiacritics() {
        assertThat(jdbc.sql("select f_unaccent('Hòa Bình Đắk Lắk Hội Chữ thập đỏ')").query(String.class).single())
                .isEqualTo("Hoa Binh Dak Lak Hoi Chu thap do");
        assertThat(jdbc.sql("select provolatile from pg_proc where proname = 'f_unaccent'").query(String.class).single())
                .isEqualTo("i");
        assertThat(jdbc.sql("select similarity('save the chidren', 'save the children') > 0.5").query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void sortsNamesInVietnameseOrder() {
        List<String> sorted = jdbc.sql("""
                select name from (values ('Đồng Nai'), ('Điện Biên'), ('Dak Lak'), ('Ân Thi'), ('An Giang'), ('Ba Vì'))
                  as t(name) order by name collate "vi-x-icu"
                """).query(String.class).list();
        assertThat(sorted).containsExactly("An Giang", "Ân Thi", "Ba Vì", "Dak Lak", "Điện Biên", "Đồng Nai");
    }

    @Autowired
    VientroProperties properties;

    @Test
    void keepsTheDatabaseUnderTheDataDirectory() {
        assertThat(properties.databaseDir().resolve("PG_VERSION")).exists();
        assertThat(properties.databaseDir().toString()).contains("it-data");
    }
}
