package vn.vientro.aid.receipt;

import java.time.LocalDate;

/** A dossier's receipt as its slip and the item page show it, with the check code. */
public record ReceiptView(long itemId, String code, String checkCode, LocalDate issuedOn) {
}
