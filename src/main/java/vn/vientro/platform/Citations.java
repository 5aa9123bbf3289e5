package vn.vientro.platform;

import java.util.LinkedHashMap;
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
    private static final Pattern UNCHECKED = Pattern.compile("chưa đối chiếu|chưa xác nhận|mặc định",
            Pattern.CASE_INSENSITIVE);
    /** What follows a colon explains the rule in Vietnamese; the English keeps the citation and shows the rest beside. */
    private static final Pattern EXPLANATION = Pattern.compile(":.*$");
    private static final Map<Pattern, String> ENGLISH = new LinkedHashMap<>();

    static {
        english("Quy chế quản lý viện trợ PCPNN của tỉnh", "Provincial regulation on foreign non-governmental aid");
        english("Bộ luật Lao động", "Labour Code");
        english("của Chính phủ", "of the Government");
        english("của Bộ Chính trị", "of the Politburo");
        english("Nghị định", "Decree");
        english("Nghị quyết", "Resolution");
        english("Thông tư", "Circular");
        english("Quyết định", "Decision");
        english("Chỉ thị", "Directive");
        english("Công văn", "Official letter");
        english("Luật", "Law");
        english("Phụ lục", "Annex");
        english("Mẫu", "Form");
        english("Điều", "Article");
        english("mục", "section");
        english("năm", "of");
        english("[Kk]hoản", "clause");
        english("[Đđ]iểm", "point");
        english("và", "and");
        english("NĐ-CP", "ND-CP");
        english("QĐ-TTg", "QD-TTg");
        english("QĐ-UBND", "QD-UBND");
    }

    private static void english(String vietnamese, String english) {
        ENGLISH.put(Pattern.compile("(?<![\\p{L}])" + vietnamese + "(?![\\p{L}])"), english);
    }

    /** A source as shown: its citation in the reader's language, the original, and whether it is still unchecked. */
    public record Citation(String text, @Nullable String original, boolean unchecked) {
    }

    public Citation of(@Nullable String source) {
        if (source == null || source.isBlank()) {
            return new Citation("", null, false);
        }
        boolean unchecked = UNCHECKED.matcher(source).find();
        Locale locale = LocaleContextHolder.getLocale();
        if (!"en".equals(locale.getLanguage())) {
            return new Citation(NOTE.matcher(source).replaceAll(note -> UNCHECKED.matcher(note.group(1)).find()
                    ? "" : Matcher.quoteReplacement(note.group())).strip(), null, unchecked);
        }
        String english = EXPLANATION.matcher(NOTE.matcher(source).replaceAll("")).replaceAll("").strip();
        for (Map.Entry<Pattern, String> word : ENGLISH.entrySet()) {
            english = word.getKey().matcher(english).replaceAll(word.getValue());
        }
        return new Citation(english, english.equals(source) ? null : source, unchecked);
    }
}
