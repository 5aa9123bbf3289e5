package vn.vientro.search;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/** Marks the searched words in a text, matching without diacritics but keeping the original letters. */
final class Highlighter {

    private Highlighter() {
    }

    static String mark(String text, List<String> words) {
        String plain = Diacritics.strip(text).toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[text.length()];
        for (String word : words) {
            int from = 0;
            while (word.length() > 0 && (from = plain.indexOf(word, from)) >= 0) {
                boolean wordStart = from == 0 || !Character.isLetterOrDigit(plain.charAt(from - 1));
                if (wordStart) {
                    for (int i = from; i < from + word.length(); i++) {
                        marked[i] = true;
                    }
                }
                from += word.length();
            }
        }
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                html.append("<mark>");
            }
            html.append(HtmlUtils.htmlEscape(String.valueOf(text.charAt(i)), "UTF-8"));
            if (marked[i] && (i == text.length() - 1 || !marked[i + 1])) {
                html.append("</mark>");
            }
        }
        return html.toString();
    }
}
