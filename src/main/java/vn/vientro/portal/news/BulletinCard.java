package vn.vientro.portal.news;

import java.time.LocalDate;

/** A bulletin entry in one language: what the list and its page show. */
public record BulletinCard(long id, String kindKey, String title, String summary, LocalDate happenedOn, String url,
                           String viUrl, String enUrl) {
}
