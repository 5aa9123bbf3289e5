package vn.vientro.search;

import java.text.Normalizer;

/** Vietnamese text without tone and vowel marks, one output character per input character ("Đắk" → "Dak"). */
final class Diacritics {

    private Diacritics() {
    }

    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(base(text.charAt(i)));
        }
        return out.toString();
    }

    static char base(char c) {
        if (c == 'đ') {
            return 'd';
        }
        if (c == 'Đ') {
            return 'D';
        }
        if (c < 0x80) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return decomposed.isEmpty() ? c : decomposed.charAt(0);
    }
}
