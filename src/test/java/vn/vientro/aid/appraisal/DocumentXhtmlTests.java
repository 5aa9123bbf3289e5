package vn.vientro.aid.appraisal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the drafts read a rendered template: parts in order, runs with their weight, wrapped lines as spaces. */
class DocumentXhtmlTests {

    @Test
    void readsTheBodysPartsAndEachParagraphsRuns() {
        List<Element> parts = DocumentXhtml.bodyParts("""
                <html xmlns="http://www.w3.org/1999/xhtml"><body>
                  <h1>QUYẾT ĐỊNH</h1>
                  <p class="basis">Căn cứ
                     Luật &amp; Nghị định;</p>
                  <p>
                    <b>Điều 1. </b>Phê duyệt khoản viện trợ
                  </p>
                </body></html>
                """);

        assertThat(parts).extracting(Element::getLocalName).containsExactly("h1", "p", "p");
        assertThat(DocumentXhtml.className(parts.get(1))).isEqualTo("basis");
        assertThat(DocumentXhtml.runs(parts.get(1))).containsExactly(
                new DocumentXhtml.Run("Căn cứ Luật & Nghị định;", false, false));
        assertThat(DocumentXhtml.runs(parts.get(2))).containsExactly(
                new DocumentXhtml.Run("Điều 1. ", true, false),
                new DocumentXhtml.Run("Phê duyệt khoản viện trợ", false, false));
    }

    @Test
    void refusesDocumentTypesSoNoEntityIsEverFetchedOrExpanded() {
        assertThatThrownBy(() -> DocumentXhtml.bodyParts("""
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <html><body><p>&secret;</p></body></html>
                """)).isInstanceOf(IllegalStateException.class);
    }
}
