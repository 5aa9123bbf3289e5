package vn.vientro.aid.appraisal;

import java.time.LocalDate;

/**
 * The dateline of an administrative document (Decree 30/2020, Appendix I): "Phú Thọ, ngày 05 tháng 3 năm 2026", with a
 * leading zero for days below 10 and for January and February.
 */
final class PlaceAndDate {

    private PlaceAndDate() {
    }

    static String of(String place, LocalDate date) {
        return place + ", " + date(date);
    }

    static String date(LocalDate date) {
        String day = String.format("%02d", date.getDayOfMonth());
        int month = date.getMonthValue();
        return "ngày " + day + " tháng " + (month <= 2 ? String.format("%02d", month) : String.valueOf(month))
                + " năm " + date.getYear();
    }
}
