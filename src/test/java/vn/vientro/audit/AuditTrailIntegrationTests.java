package vn.vientro.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.AgencyView;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.registry.Ngos;
import vn.vientro.registry.Ngos.Ngo;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@VientroIntegrationTest
class AuditTrailIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeMadeThroughThePagesAppearsInTheAuditLogPageAndApi() {
        Staff administrator = Staff.admin();
        WebClient admin = administrator.browser(port);
        admin.get("/app/admin/agencies/new");
        Map<String, String> form = new HashMap<>(Map.of("code", "AUDIT-ME", "nameVi", "Ban Dân tộc tỉnh",
                "kind", "LINE_DEPARTMENT", "active", "true"));
        String location = WebClient.location(admin.post("/app/admin/agencies/new", form));
        String id = location.substring(location.lastIndexOf('/') + 1);

        String page = admin.get("/app/audit?table=identity.agency&rowId=" + id).body();
        assertThat(page).contains("Ban Dân tộc tỉnh").contains(">" + administrator.username() + "<")
                .contains("Thêm mới");
        assertThat(page).as("the actor, the table and the record in words, the record linked")
                .contains(">" + administrator.fullName() + "<").contains(">Cơ quan<")
                .contains("href=\"/app/admin/agencies/" + id + "\">Ban Dân tộc tỉnh</a>");

        HttpResponse<String> api = WebClient.api(port, "GET",
                "/api/v1/audit-events?table=identity.agency&rowId=" + id + "&limit=5", Staff.leader().token(), null);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"actor\":\"" + administrator.username() + "\"")
                .contains("\"operation\":\"INSERT\"")
                .contains("\"name_vi\": \"Ban Dân tộc tỉnh\"");
    }

    @Test
    void namesAChangedRowByTheRecordItBelongsToInTheReadersLanguage() {
        Ngo ngo = Ngos.anNgo().named("Health Partners International", "Tổ chức Đối tác Y tế Quốc tế")
                .withPermitUntil(LocalDate.now().plusYears(2)).register();
        WebClient leader = Staff.leader().browser(port);

        String permitLine = leader.get("/app/audit?table=registry.permit&rowId=" + ngo.permitId()).body();
        assertThat(permitLine).contains(">Giấy đăng ký<").contains("Tổ chức Đối tác Y tế Quốc tế</a>")
                .contains("href=\"/app/registry/permits/" + ngo.permitId() + "\"");
        String english = leader.get("/app/audit?table=registry.organisation&rowId=" + ngo.id() + "&lang=en").body();
        assertThat(english).contains(">Foreign NGO<").contains("Health Partners International</a>");
    }

    @Test
    void everyAuditedTableHasANameInBothLanguages() throws IOException {
        List<String> tables = jdbc.sql("""
                select n.nspname || '.' || c.relname
                  from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
                 where t.tgname = 'audit_change'
                """).query(String.class).list();
        for (String language : List.of("vi", "en")) {
            Properties texts = new Properties();
            try (var in = new InputStreamReader(new ClassPathResource("i18n/audit_" + language + ".properties")
                    .getInputStream(), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            assertThat(tables).as("audited tables without a name in " + language)
                    .allSatisfy(table -> assertThat(texts).containsKey("audit.table." + table));
        }
    }

    @Test
    void recordsBeforeAndAfterOfAnUpdateWithTheActor() {
        AgencyView education = ProvinceAgencies.newLineDepartment();
        Long id = education.id();
        Staff admin = Staff.admin();
        WebClient.api(port, "PUT", "/api/v1/agencies/" + id, admin.token(),
                "{\"version\":" + jdbc.sql("select version from identity.agency where id = " + id).query(Long.class).single()
                        + ",\"code\":\"" + education.code()
                        + "\",\"nameVi\":\"Sở Giáo dục và Đào tạo tỉnh Phú Thọ\",\"kind\":\"LINE_DEPARTMENT\","
                        + "\"phone\":\"0210 3 846 000\"}");
        Map<String, Object> event = jdbc.sql("""
                select actor, before ->> 'phone' as before_phone, after ->> 'phone' as after_phone from audit.event
                 where table_name = 'agency' and row_id = :id and operation = 'UPDATE' order by id desc limit 1
                """).param("id", id.toString()).query().singleRow();
        assertThat(event).containsEntry("actor", admin.username()).containsEntry("after_phone", "0210 3 846 000");
        assertThat(event.get("before_phone")).isNull();
    }

    @Test
    void theTrailIsAppendOnlyEvenForTheApplicationsOwnDatabaseUser() {
        assertThatThrownBy(() -> jdbc.sql("update audit.event set actor = 'someone-else'").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from audit.event").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("truncate audit.event").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("select count(*) from audit.event").query(Long.class).single()).isPositive();
    }

    @Test
    void neverStoresPasswordHashes() {
        Staff.officer();
        assertThat(jdbc.sql("select count(*) from audit.event where after::text like '%bcrypt%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select after ->> 'password_hash' from audit.event where table_name = 'user_account' "
                + "and operation = 'INSERT' limit 1").query(String.class).single()).isEqualTo("***");
    }

    @Test
    void everyBusinessTableIsAudited() {
        List<String> unaudited = jdbc.sql("""
                select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind in ('r', 'p') and not c.relispartition
                   and n.nspname not in ('public', 'audit', 'information_schema') and n.nspname not like 'pg\\_%'
                   and coalesce(obj_description(c.oid, 'pg_class'), '') not like '%[audit:skip]%'
                   and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'audit_change')
                """).query(String.class).list();
        assertThat(unaudited).isEmpty();
        assertThat(jdbc.sql("select count(*) from pg_trigger where tgname = 'audit_change'").query(Long.class).single())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void aTableCreatedByALaterMigrationIsAuditedWithoutItsModuleDoingAnything() {
        jdbc.sql("create schema if not exists later_module").update();
        jdbc.sql("create table later_module.thing (id bigint primary key, name text)").update();
        jdbc.sql("select audit.attach_to_business_tables()").query(Integer.class).single();
        jdbc.sql("insert into later_module.thing values (1, 'mới')").update();
        assertThat(jdbc.sql("select count(*) from audit.event where schema_name = 'later_module' and row_id = '1'")
                .query(Long.class).single()).isEqualTo(1);
        jdbc.sql("drop schema later_module cascade").update();
    }

    @Test
    void onlyAdministratorsAndLeadersReadTheTrail() {
        for (String token : List.of(Staff.focalPoint().token(), Staff.appraiser().token(), Staff.police().token(),
                Staff.officer().token(), Staff.officerOf(ProvinceAgencies.newCommune().id()).token())) {
            assertThat(WebClient.api(port, "GET", "/api/v1/audit-events", token, null).statusCode()).isEqualTo(403);
        }
        assertThat(WebClient.api(port, "GET", "/api/v1/audit-events", Staff.admin().token(), null).statusCode())
                .isEqualTo(200);
        assertThat(WebClient.api(port, "GET", "/api/v1/audit-events", null, null).statusCode()).isEqualTo(401);
        assertThat(Staff.focalPoint().browser(port).get("/app/audit").statusCode()).isEqualTo(403);
        assertThat(Staff.leader().browser(port).get("/app/audit").statusCode()).isEqualTo(200);
    }
}
