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
    void aStopAStoredValueEndsWithGivesWayToTheTemplatesOwn() {
        List<Element> parts = DocumentXhtml.bodyParts("""
                <html xmlns="http://www.w3.org/1999/xhtml"><body>
                  <p>Địa bàn: Ủy ban nhân dân xã.. Mục tiêu: nâng cao năng lực...; bền vững,. Thật sao?.</p>
                  <p><b>Chủ khoản: Sở Y tế.</b>. Lưu: VT, ….</p>
                  <p>Giá trị: 1.234.567,89 đồng./.</p>
                </body></html>
                """);

        assertThat(DocumentXhtml.runs(parts.get(0))).containsExactly(new DocumentXhtml.Run(
                "Địa bàn: Ủy ban nhân dân xã. Mục tiêu: nâng cao năng lực…; bền vững. Thật sao?", false, false));
        assertThat(DocumentXhtml.runs(parts.get(1))).containsExactly(
                new DocumentXhtml.Run("Chủ khoản: Sở Y tế", true, false),
                new DocumentXhtml.Run(". Lưu: VT, ….", false, false));
        assertThat(DocumentXhtml.runs(parts.get(2))).containsExactly(
                new DocumentXhtml.Run("Giá trị: 1.234.567,89 đồng./.", false, false));
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
