package vn.vientro.aid.item;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No content makes the aid list's Excel export fail: a cell takes at most 32,767 characters. */
class AidItemExportTests {

    @Test
    void aTextLongerThanACellTakesIsCutAndMarked() {
        String cut = AidItemExport.fitting("x".repeat(100_000), "… [đã cắt bớt]");
        assertThat(cut).hasSize(32_767).endsWith("x… [đã cắt bớt]");
    }

    @Test
    void aTextACellTakesIsKeptWhole() {
        String text = "y".repeat(32_767);
        assertThat(AidItemExport.fitting(text, "…")).isEqualTo(text);
    }
}
