package vn.vientro.portal.feedback;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A feedback's code people read ({@code PA-2026-K7M3Q9}) and its random check code, given only to the sender: the
 * pair is what follows a feedback on the portal, as a receipt's code and check code follow a dossier. The code is
 * random too, so that it does not tell how many were sent.
 */
record FeedbackCodes(String code, String checkCode) {

    /** No 0/O, 1/I/L: codes are read off a screen or paper and typed again. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static FeedbackCodes draw(int year) {
        return new FeedbackCodes(String.format(Locale.ROOT, "PA-%d-%s", year, random(6)), random(8));
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
