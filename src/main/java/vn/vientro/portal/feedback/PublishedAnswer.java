package vn.vientro.portal.feedback;

import java.time.LocalDate;

/** A published answer as the item's or need's public page lists it: dates and the answer, nothing of the sender. */
public record PublishedAnswer(String code, LocalDate receivedOn, LocalDate publishedOn, String answer) {
}
