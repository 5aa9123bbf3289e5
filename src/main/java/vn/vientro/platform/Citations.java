package vn.vientro.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The legal sources the configuration gives for its rules ("Nghị định 80/2020/NĐ-CP, Điều 10 (mặc định, chưa đối
 * chiếu)"), as the reader reads them: templates call {@code ${@citations.of(rule.source())}}. A citation follows a
 * fixed form, so it is put in English word by word (Decree 80/2020/ND-CP, Article 10); a value not yet checked
 * against the legal text says so by a flag the page explains in a legend, not by a note in brackets; any other note
 * stays with the Vietnamese original, which an English page shows in small type beside the English.
 */
@Component("citations")
public class Citations {

    private static final Pattern NOTE = Pattern.compile("\\s*\\(([^)]*)\\)");
    /** What follows a colon explains the rule in Vietnamese; the English keeps the citation and shows the rest beside. */
    private static final Pattern EXPLANATION = Pattern.compile(":.*$");

    /** The word list of {@code platform/citations.yml}. */
    record Vocabulary(List<String> uncheckedMarks, List<List<String>> words) {
    }

    private final Pattern uncheckedMarks;
    private final Map<Pattern, String> words = new LinkedHashMap<>();

    public Citations() {
        Vocabulary vocabulary = YamlResource.read("platform/citations.yml", "citations", Vocabulary.class);
        this.uncheckedMarks = Pattern.compile(String.join("|", vocabulary.uncheckedMarks()), Pattern.CASE_INSENSITIVE);
        for (List<String> word : vocabulary.words()) {
            words.put(Pattern.compile("(?<![\\p{L}])" + word.get(0) + "(?![\\p{L}])"), word.get(1));
        }
    }

    /** A source as shown: its citation in the reader's language, the original, and whether it is still unchecked. */
    public record Citation(String text, @Nullable String original, boolean unchecked) {
    }

    public Citation of(@Nullable String source) {
        if (source == null || source.isBlank()) {
            return new Citation("", null, false);
        }
        boolean unchecked = uncheckedMarks.matcher(source).find();
        Locale locale = LocaleContextHolder.getLocale();
        if (!"en".equals(locale.getLanguage())) {
            return new Citation(NOTE.matcher(source).replaceAll(note -> uncheckedMarks.matcher(note.group(1)).find()
                    ? "" : Matcher.quoteReplacement(note.group())).strip(), null, unchecked);
        }
        String english = EXPLANATION.matcher(NOTE.matcher(source).replaceAll("")).replaceAll("").strip();
        for (Map.Entry<Pattern, String> word : words.entrySet()) {
            english = word.getKey().matcher(english).replaceAll(word.getValue());
        }
        return new Citation(english, english.equals(source) ? null : source, unchecked);
    }
}
