package vn.vientro.aid.item;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the one description of an item's fields declares is complete: each label, choice and part has its words. */
class ItemDescriptionTests {

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyFieldChoiceSectionAndPartHasItsWordsInBothLanguages(String language) {
        Properties aid = bundle("aid_" + language);
        Properties amendment = bundle("aid-amendment_" + language);
        List<String> missing = new ArrayList<>();
        for (ItemField field : ItemFields.all()) {
            need(aid, field.labelKey(), missing);
            for (Object constant : field.choices()) {
                need(aid, field.choiceKey(constant), missing);
            }
        }
        for (ItemDescription.Section section : ItemDescription.Section.values()) {
            need(aid, FieldDisplay.sectionKey(section), missing);
        }
        for (DescriptionGroup group : DescriptionGroup.all()) {
            need(amendment, "aid.amendment.field." + group.name(), missing);
        }
        assertThat(missing).as("keys without words in " + language).isEmpty();
    }

    @Test
    void exportColumnsAreDistinctAndChoicesNameTheirLabels() {
        List<Integer> columns = ItemFields.exported().stream().map(field -> field.spec().export()).toList();
        assertThat(columns).doesNotHaveDuplicates().isSorted();
        assertThat(ItemFields.where(field -> field.type().isEnum()))
                .allSatisfy(field -> assertThat(field.spec().choices()).as(field.name()).endsWith("."));
    }

    @Test
    void theGroupsAConfigurationNamesAreTheDescriptionsOwn() {
        assertThat(ItemFields.groups()).contains("AID_ACCOUNT", "STATE_BUDGET", "TOTAL_VALUE", "END_DATE");
        assertThat(ItemFields.inGroup("AID_ACCOUNT")).extracting(ItemField::name)
                .containsExactly("aidAccountBank", "aidAccountBranch", "aidAccountNumber", "aidAccountHolder");
        assertThat(ItemFields.named("budgetLevel").orElseThrow().input()).isEqualTo(ItemField.Input.CHOICE);
        assertThat(ItemFields.named("budgetRecorded").orElseThrow().input()).isEqualTo(ItemField.Input.YES_NO);
        assertThat(ItemFields.named("aidAccountNumber").orElseThrow().column()).isEqualTo("aid_account_number");
    }

    private static void need(Properties bundle, String key, List<String> missing) {
        String words = bundle.getProperty(key);
        if (words == null || words.isBlank()) {
            missing.add(key);
        }
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(ItemDescriptionTests.class
                .getResourceAsStream("/i18n/" + name + ".properties")), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
