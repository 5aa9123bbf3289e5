package vn.vientro.portal.site;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the public layout puts in a page's head for search engines and link previews: its title and description, its
 * own address and its address in each language (hreflang), and an image for Open Graph; addresses absolute.
 */
public record PageHead(String title, String description, PortalLanguage language, String canonical, String vi,
                       String en, @Nullable String image, String type) {

    private static final int DESCRIPTION_LENGTH = 200;

    /** A page whose Vietnamese and English addresses are given as paths; the image a path or null. */
    public static PageHead of(String title, String description, PortalLanguage language, String viPath,
                              String enPath, @Nullable String imagePath, String type) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return new PageHead(title, description, language, base + (language == PortalLanguage.VI ? viPath : enPath),
                base + viPath, base + enPath, imagePath == null ? null : base + imagePath, type);
    }

    /** A text as link previews show it: one line, cut to the 200 characters search engines display. */
    public static String description(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= DESCRIPTION_LENGTH ? line : line.substring(0, DESCRIPTION_LENGTH - 1) + "\u2026";
    }

    /** The address of the page in the other language, for the language switch. */
    public String otherLanguage() {
        return language == PortalLanguage.VI ? en : vi;
    }

    public String ogLocale() {
        return language == PortalLanguage.VI ? "vi_VN" : "en_GB";
    }

    public String ogAlternateLocale() {
        return language == PortalLanguage.VI ? "en_GB" : "vi_VN";
    }
}
