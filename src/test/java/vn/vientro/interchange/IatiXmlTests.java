package vn.vientro.interchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IatiXmlTests {

    @Test
    void writesADateTimeWithItsSecondsEvenWhenZero() {
        assertThat(IatiXml.dateTime(Instant.parse("2026-12-07T02:38:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")))
                .isEqualTo("2026-12-07T09:38:00+07:00");
    }

    @Test
    void leavesOutWhatXmlCannotCarryAndKeepsDiacritics() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IatiXml xml = new IatiXml(out)) {
            xml.narratives("title", "Nước\u0001 sạch <&>", null, "ref", "a\u0007b");
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("<title ref=\"ab\">", "<narrative xml:lang=\"vi\">Nước sạch &lt;&amp;&gt;</narrative>")
                .doesNotContain("xml:lang=\"en\"");
    }

    @Test
    void writesATextGivenInBothLanguagesOnceInTheLanguageItsLettersSay() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IatiXml xml = new IatiXml(out)) {
            xml.narratives("title", "Clean water for schools", " Clean water for schools ");
            xml.narratives("title", "Nước sạch cho trường học", "Nước sạch cho trường học");
            xml.narratives("title", "Đề án y tế", "Đề án y tế");
            xml.narratives("title", "Nước sạch", "Clean water");
            xml.narratives("title", "Café des écoles", "Café des écoles");
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("<narrative xml:lang=\"en\">Clean water for schools</narrative></title>",
                        "<title>\n<narrative xml:lang=\"vi\">Nước sạch cho trường học</narrative></title>",
                        "<title>\n<narrative xml:lang=\"vi\">Đề án y tế</narrative></title>",
                        "<narrative xml:lang=\"vi\">Nước sạch</narrative>\n<narrative xml:lang=\"en\">Clean water</narrative>",
                        "<title>\n<narrative xml:lang=\"en\">Café des écoles</narrative></title>")
                .doesNotContain("<narrative xml:lang=\"vi\">Clean water for schools");
    }
}
