package vn.vientro.interchange;

import org.junit.jupiter.api.Test;
import vn.vientro.aid.AidKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The kind of aid as IATI's aid type: the inverse of the import's reading of an aid type's category. */
class ActivityFileTests {

    @Test
    void eachKindWithAnAidTypeOfItsOwnIsPublishedAsIt() {
        assertThat(ActivityFile.aidType(AidKind.PROGRAMME)).startsWith("B");
        assertThat(ActivityFile.aidType(AidKind.INVESTMENT_PROJECT)).isEqualTo("C01");
        assertThat(ActivityFile.aidType(AidKind.TECHNICAL_ASSISTANCE)).startsWith("D");
        assertThat(ActivityFile.aidType(AidKind.NON_PROJECT)).isNull();
        assertThat(ActivityFile.aidType(AidKind.EMERGENCY_RELIEF)).isNull();
        assertThat(ActivityFile.aidType(null)).isNull();
    }
}
