package vn.vientro.identity;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class PeopleNamesIntegrationTests {

    @Autowired
    PeopleNames people;

    @AfterEach
    void forgetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void namesAPersonByFullNameAndTheApplicationsProcessesInTheReadersWords() {
        Staff officer = Staff.focalPoint();
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(people.name(officer.username())).isEqualTo(officer.fullName());
        assertThat(people.name("system:demo")).isEqualTo("Dữ liệu mẫu");
        assertThat(people.name("system:scheduler")).isEqualTo("Hệ thống (việc định kỳ)");
        assertThat(people.name("anonymous")).isEqualTo("Khách chưa đăng nhập");
        assertThat(people.name("db:vientro")).isEqualTo("Quản trị cơ sở dữ liệu (trực tiếp)");
        assertThat(people.name("system:something-new")).isEqualTo("Hệ thống (system:something-new)");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(people.name("system:demo")).isEqualTo("Demo data");
        assertThat(people.name("a-removed-account")).as("an account no longer there keeps its username")
                .isEqualTo("a-removed-account");
    }
}
