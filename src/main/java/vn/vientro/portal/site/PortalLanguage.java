package vn.vientro.portal.site;

import java.util.Locale;

/**
 * The portal's two languages, each with its own addresses: Vietnamese at the root, English under {@code /en/}, so a
 * page's language is in its address (for search engines, links and caches) rather than in a cookie.
 */
public enum PortalLanguage {
    VI(Locale.forLanguageTag("vi"), "", "/danh-muc-du-an", "quan-tam", "cam-on", "/minh-bach"),
    EN(Locale.ENGLISH, "/en", "/en/projects-calling-for-aid", "interest", "thank-you", "/en/transparency");

    private final Locale locale;
    private final String prefix;
    private final String catalogue;
    private final String interest;
    private final String thanks;
    private final String transparency;

    PortalLanguage(Locale locale, String prefix, String catalogue, String interest, String thanks,
                   String transparency) {
        this.locale = locale;
        this.prefix = prefix;
        this.catalogue = catalogue;
        this.interest = interest;
        this.thanks = thanks;
        this.transparency = transparency;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    public String home() {
        return prefix + "/";
    }

    public String catalogue() {
        return catalogue;
    }

    /** A need's page: its number, then its title without diacritics, for people and search engines to read. */
    public String need(long id, String title) {
        return catalogue + "/" + id + "-" + Slugs.of(title);
    }

    public String interest(long id, String title) {
        return need(id, title) + "/" + interest;
    }

    public String thanks(long id, String title) {
        return need(id, title) + "/" + thanks;
    }

    /** The page where a dossier is followed by its receipt code. */
    public String tracking() {
        return this == VI ? "/tra-cuu-ho-so" : "/en/dossier-tracking";
    }

    /** The page where community feedback is followed by its code and check code. */
    public String feedbackTracking() {
        return this == VI ? "/phan-anh/tra-cuu" : "/en/feedback/track";
    }

    /** The list of approved aid items made public (transparency of aid). */
    public String transparency() {
        return transparency;
    }

    /** An approved aid item's public page: its number, then its name without diacritics. */
    public String aidItem(long id, String name) {
        return transparency + "/" + id + "-" + Slugs.of(name);
    }

    /** The administrative procedures: receiving aid by kind, and foreign NGOs' duties. */
    public String procedures() {
        return this == VI ? "/thu-tuc" : "/en/procedures";
    }

    /** The foreign-affairs bulletin: published activities and rewards, the latest first. */
    public String bulletin() {
        return this == VI ? "/ban-tin" : "/en/bulletin";
    }

    /** An entry's page in the bulletin: its number, then its title without diacritics. */
    public String bulletinEntry(long id, String title) {
        return bulletin() + "/" + id + "-" + Slugs.of(title);
    }

    /** The page listing the open-data files and their columns. */
    public String openData() {
        return this == VI ? "/du-lieu-mo" : "/en/open-data";
    }

    public PortalLanguage other() {
        return this == VI ? EN : VI;
    }

    /** The language of a portal address: English under /en, Vietnamese everywhere else. */
    public static PortalLanguage of(String path) {
        return path.equals("/en") || path.startsWith("/en/") ? EN : VI;
    }
}
