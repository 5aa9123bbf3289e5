package vn.vientro.portal.procedures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The procedure pages' allow-list: what a focal point's text keeps, and the attacks it drops. */
class RichTextTests {

    @Test
    void keepsHeadingsParagraphsListsTablesAndWebLinks() {
        String html = RichText.sanitise("""
                <h2>Hồ sơ</h2><p>Nộp <strong>01 bộ</strong> tại <a href="https://dichvucong.gov.vn">cổng</a>.</p>
                <ul><li>Một</li></ul><table><tr><th scope="col">A</th></tr><tr><td>1</td></tr></table>""");
        assertThat(html).contains("<h2>Hồ sơ</h2>").contains("<strong>01 bộ</strong>").contains("<ul><li>Một</li></ul>")
                .contains("<th scope=\"col\">A</th>").contains("href=\"https://dichvucong.gov.vn\"")
                .contains("rel=\"nofollow\"");
    }

    @Test
    void dropsScriptsAndTheirContent() {
        assertThat(RichText.sanitise("<p>a</p><script>alert(1)</script><SCRIPT SRC=//x.js></SCRIPT>"))
                .isEqualTo("<p>a</p>");
        assertThat(RichText.sanitise("<p>b<style>p{color:red}</style></p>")).isEqualTo("<p>b</p>");
    }

    @Test
    void dropsEventHandlersAndStyles() {
        String html = RichText.sanitise("<p onclick=\"alert(1)\" style=\"x\" class=\"y\">c</p>"
                + "<img src=x onerror=alert(1)><svg onload=alert(1)></svg><body onload=alert(1)>");
        assertThat(html).isEqualTo("<p>c</p>").doesNotContain("on").doesNotContain("img");
    }

    @Test
    void dropsScriptAndDataAddresses() {
        for (String href : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                "java&#x09;script:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)"}) {
            String html = RichText.sanitise("<a href=\"" + href + "\">x</a>");
            assertThat(html).as(href).doesNotContainIgnoringCase("script:").doesNotContain("data:")
                    .doesNotContain("href");
        }
    }

    @Test
    void dropsFramesFormsAndEmbeddedObjects() {
        String html = RichText.sanitise("<iframe src=\"https://evil\"></iframe><form action=/x><input name=a>"
                + "<button>b</button></form><object data=x></object><embed src=x><meta http-equiv=refresh>"
                + "<base href=//evil><link rel=stylesheet href=//evil>");
        assertThat(html).doesNotContain("<iframe").doesNotContain("<form").doesNotContain("<input")
                .doesNotContain("<object").doesNotContain("<embed").doesNotContain("<meta").doesNotContain("<base")
                .doesNotContain("<link");
    }

    @Test
    void escapesWhatIsLeftAsText() {
        assertThat(RichText.sanitise("<p>1 < 2 & \"x\"</p>")).isEqualTo("<p>1 &lt; 2 &amp; &#34;x&#34;</p>");
        assertThat(RichText.sanitise("  ")).isEmpty();
    }
}
