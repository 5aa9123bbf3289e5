package vn.vientro.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts in Vietnamese live in the message bundles, templates, configuration or resource files, never in a Java string
 * literal: a literal cannot follow the reader's language, and a name or a legal source in code needs a release to
 * change.
 */
class VietnameseLiteralsTests {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Marks that make a Vietnamese letter of a Latin vowel: tones, circumflex, breve, horn. */
    private static final String VIETNAMESE_MARKS = "\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323";
    private static final String VOWELS = "aeiouyAEIOUY";

    @Test
    void noStringLiteralInTheApplicationHoldsAVietnameseLetter() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                vietnameseLiterals(Files.readString(file, StandardCharsets.UTF_8))
                        .forEach(literal -> found.add(relative(file) + ": \"" + literal + "\""));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void readsLiteralsTextBlocksAndUnicodeEscapesButNotCommentsOrCharacters() {
        String source = """
                /** "Tỉnh Phú Thọ" in a comment */
                class Sample {
                    // "Hà Nội"
                    char d = 'đ';
                    String plain = "Phu Tho \\" quoted";
                    String escaped = "H\\u00e0 N\\u1ed9i";
                    String block = \"""
                            Ủy ban nhân dân
                            \""";
                    String notEscaped = "\\\\u00e0";
                    String sign = "1.234 ₫ → 5 · …";
                }
                """;

        assertThat(vietnameseLiterals(source)).containsExactly("Hà Nội", "Ủy ban nhân dân\n");
    }

    @Test
    void countsOnlyTheLettersOfTheVietnameseAlphabet() {
        assertThat("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐƯ".chars()
                .allMatch(c -> vietnamese((char) c))).isTrue();
        assertThat("aeẞßüçñ₫→·…\u00a0".chars().anyMatch(c -> vietnamese((char) c))).isFalse();
    }

    private static String relative(Path file) {
        return SOURCES.relativize(file).toString().replace('\\', '/');
    }

    /** The string literals and text blocks of a Java source that hold a Vietnamese letter, escapes decoded. */
    static List<String> vietnameseLiterals(String source) {
        String code = unicodeEscapesDecoded(source);
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            if (code.startsWith("//", i)) {
                i = end(code.indexOf('\n', i), code);
            } else if (code.startsWith("/*", i)) {
                i = end(code.indexOf("*/", i + 2), code) + 2;
            } else if (code.startsWith("\"\"\"", i)) {
                int close = closing(code, i + 3, "\"\"\"");
                literals.add(code.substring(code.indexOf('\n', i) + 1, close).stripIndent());
                i = close + 3;
            } else if (code.charAt(i) == '"' || code.charAt(i) == '\'') {
                String quote = String.valueOf(code.charAt(i));
                int close = closing(code, i + 1, quote);
                if (quote.equals("\"")) {
                    literals.add(code.substring(i + 1, close));
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return literals.stream().filter(text -> text.chars().anyMatch(c -> vietnamese((char) c))).toList();
    }

    private static int end(int index, String code) {
        return index < 0 ? code.length() : index;
    }

    /** Where an unescaped {@code quote} closes the literal that starts at {@code from}. */
    private static int closing(String code, int from, String quote) {
        int i = from;
        while (!code.startsWith(quote, i)) {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    /** As the compiler reads a source: a backslash after an even number of backslashes may start {@code \\u}. */
    private static String unicodeEscapesDecoded(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int backslashes = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
                int hex = i + 1;
                while (source.charAt(hex) == 'u') {
                    hex++;
                }
                out.append((char) Integer.parseInt(source.substring(hex, hex + 4), 16));
                i = hex + 3;
                backslashes = 0;
                continue;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
        }
        return out.toString();
    }

    private static boolean vietnamese(char c) {
        if (c == 'đ' || c == 'Đ') {
            return true;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return decomposed.length() > 1 && VOWELS.indexOf(decomposed.charAt(0)) >= 0
                && decomposed.substring(1).chars().allMatch(mark -> VIETNAMESE_MARKS.indexOf(mark) >= 0);
    }
}
