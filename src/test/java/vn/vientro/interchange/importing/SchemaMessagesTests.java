package vn.vientro.interchange.importing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDK validator's own complaints, as it words them in this JDK, read back into their keys and arguments. */
class SchemaMessagesTests {

    private static final String SCHEMA = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="root"><xs:complexType><xs:sequence>
                <xs:element name="a"><xs:complexType><xs:attribute name="d" type="xs:date" use="required"/>
                  </xs:complexType></xs:element>
                <xs:element name="b"><xs:simpleType><xs:restriction base="xs:string">
                  <xs:enumeration value="1"/><xs:enumeration value="2"/></xs:restriction></xs:simpleType></xs:element>
                <xs:element name="c"><xs:simpleType><xs:restriction base="xs:string"><xs:minLength value="2"/>
                  </xs:restriction></xs:simpleType></xs:element>
                <xs:element name="e"><xs:simpleType><xs:restriction base="xs:decimal"><xs:fractionDigits value="2"/>
                  </xs:restriction></xs:simpleType></xs:element>
                <xs:element name="f" type="xs:string"/>
              </xs:sequence></xs:complexType></xs:element>
            </xs:schema>""";

    private static List<String> complaints(String document) throws Exception {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Validator validator = factory.newSchema(new StreamSource(new StringReader(SCHEMA))).newValidator();
        List<String> messages = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) {
            }

            public void error(SAXParseException e) {
                messages.add(e.getMessage());
            }

            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        validator.validate(new StreamSource(new StringReader(document)));
        return messages;
    }

    @Test
    void readsBackTheCommonComplaintsWithTheirArguments() throws Exception {
        List<String> messages = complaints("<root><a d=\"2026-13-01\" x=\"1\"/><b>3</b><c>x</c><e>1.234</e>"
                + "<bogus/></root>");
        List<SchemaMessages.Message> read = messages.stream().map(SchemaMessages::of).toList();
        assertThat(read).extracting(SchemaMessages.Message::key).as(String.join("\n", messages)).containsExactly(
                "interchange.schema.cvc-datatype-valid.1.2.1", "interchange.schema.cvc-attribute.3",
                "interchange.schema.cvc-complex-type.3.2.2",
                "interchange.schema.cvc-enumeration-valid", "interchange.schema.cvc-type.3.1.3",
                "interchange.schema.cvc-minLength-valid", "interchange.schema.cvc-type.3.1.3",
                "interchange.schema.cvc-fractionDigits-valid", "interchange.schema.cvc-type.3.1.3",
                "interchange.schema.cvc-complex-type.2.4.a");
        assertThat(read.get(0).arguments()).containsExactly("2026-13-01", "date");
        assertThat(read.get(3).arguments()).containsExactly("3", "[1, 2]");
        assertThat(read.get(5).arguments()).containsExactly("x", "1", "2", "#AnonType_croot");
        assertThat(read.get(9).arguments()).containsExactly("bogus", "{f}");
    }

    @Test
    void readsBackAnIncompleteElementAndAMissingAttribute() throws Exception {
        List<SchemaMessages.Message> read = complaints("<root><a/></root>").stream().map(SchemaMessages::of)
                .toList();
        assertThat(read).extracting(SchemaMessages.Message::key).containsExactly(
                "interchange.schema.cvc-complex-type.4", "interchange.schema.cvc-complex-type.2.4.b");
        assertThat(read.get(0).arguments()).containsExactly("a", "d");
    }

    @Test
    void keepsTheValidatorsWordsForAComplaintItCannotReadBack() {
        SchemaMessages.Message message = SchemaMessages.of("cvc-something-new: Whatever it says.");
        assertThat(message.key()).isEqualTo("interchange.schema.unknown");
        assertThat(message.arguments()).containsExactly("cvc-something-new: Whatever it says.");
        assertThat(message.getDefaultMessage()).isEqualTo("cvc-something-new: Whatever it says.");
    }
}
