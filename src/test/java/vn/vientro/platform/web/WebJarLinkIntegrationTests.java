package vn.vientro.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** WebJar links carry their version, and they are the only links rewritten: one filter does it, not Spring's. */
@VientroIntegrationTest
class WebJarLinkIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void webJarLinksCarryTheirVersionAndResolve() {
        WebClient officer = Staff.officer().browser(port);
        String page = officer.get("/app/aid/rules").body();
        Matcher css = Pattern.compile("href=\"(/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap\\.min\\.css)\"")
                .matcher(page);
        assertThat(css.find()).as("versioned bootstrap link").isTrue();
        assertThat(officer.get(css.group(1)).statusCode()).isEqualTo(200);
        assertThat(page).contains("href=\"/app/aid/items\"").contains("href=\"/css/vientro.css\"");
    }

    @Test
    void onlyThisFilterRewritesLinks() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).containsOnlyKeys("webJarLinkFilter");
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .filteredOn(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
                .extracting(registration -> registration.getFilter().getClass().getSimpleName())
                .containsExactly("WebJarLinkFilter");
    }

    @Test
    void errorPagesCarryVersionedLinksToo() {
        String notFound = Staff.officer().browser(port).get("/app/no-such-page").body();
        assertThat(notFound).contains("Không tìm thấy trang")
                .containsPattern("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap\\.min\\.css");
    }
}
