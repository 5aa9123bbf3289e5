package vn.vientro.mobilisation.plan;

/** A plan in the list: its year, title, programme and how many of the activities the reader sees are done. */
public record PlanRow(long id, int year, String title, String programmeTitle, int programmeStartYear,
                      int programmeEndYear, long activities, long done) {
}
