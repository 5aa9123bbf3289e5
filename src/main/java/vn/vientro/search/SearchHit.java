package vn.vientro.search;

/** One result: {@code titleHtml} and {@code snippetHtml} are escaped text with the matches in {@code <mark>}. */
public record SearchHit(String type, String id, String title, String snippet, String url, double score,
                        String titleHtml, String snippetHtml) {
}
