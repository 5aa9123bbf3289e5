package vn.vientro.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

    @Test
    void aLenientQueryMatchesEveryWordButOne() {
        SearchQuery query = SearchQuery.parse("Hội Chữ thập đỏ");
        assertThat(query.exact()).isEqualTo("hoi & chu & thap & do");
        SearchQuery lenient = query.allButOne().orElseThrow();
        assertThat(lenient.exact())
                .isEqualTo("(chu & thap & do) | (hoi & thap & do) | (hoi & chu & do) | (hoi & chu & thap)");
        assertThat(lenient.prefix())
                .isEqualTo("(chu & thap & do:*) | (hoi & thap & do:*) | (hoi & chu & do:*) | (hoi & chu & thap)");
        assertThat(lenient.phrase()).as("ranks the words side by side as typed").isEqualTo("hoi <-> chu <-> thap <-> do");
        assertThat(SearchQuery.parse("benh vien").allButOne()).as("one word of two is too broad").isEmpty();
        assertThat(lenient.allButOne()).isEmpty();
    }
}
