package vn.vientro.monitoring.chasing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.appraisal.OfficialDocument;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.monitoring.duty.DutyFacts;
import vn.vientro.monitoring.duty.DutyQueries;
import vn.vientro.platform.DocumentTemplates;
import vn.vientro.shared.NotFoundException;

/**
 * Drafts the reminder letter (công văn đôn đốc) to one aid owner listing its overdue reports, as a .docx in the layout
 * of Decree 30/2020/NĐ-CP, in Vietnamese whoever downloads it; its number is left blank for the clerk to fill in.
 */
@Service
public class ReminderLetters {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DutyQueries duties;
    private final Agencies agencies;
    private final ChasingRules rules;
    private final DocumentTemplates templates;
    private final Clock clock;

    ReminderLetters(DutyQueries duties, Agencies agencies, ChasingRules rules, DocumentTemplates templates,
                    Clock clock) {
        this.duties = duties;
        this.agencies = agencies;
        this.rules = rules;
        this.templates = templates;
        this.clock = clock;
    }

    @PreAuthorize(MonitoringPolicy.DRAFT_REMINDERS)
    @Transactional(readOnly = true)
    public byte[] draft(long owner) {
        AgencyView agency = agencies.find(owner).orElseThrow(() -> new NotFoundException("agency", owner));
        LocalDate today = LocalDate.now(clock);
        List<Overdue> overdue = duties.overdueOf(owner, today).stream()
                .map(duty -> new Overdue(duty, ChronoUnit.DAYS.between(duty.dueOn(), today))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("letter", rules.letter());
        model.put("owner", agency.nameVi());
        model.put("overdue", overdue);
        model.put("number", "\u2026/" + rules.letter().symbol());
        model.put("place", rules.letter().place());
        model.put("date", LetterDate.of(today));
        return OfficialDocument.write(templates.render("monitoring/chasing/reminder-letter", model, VI));
    }

    /** One overdue report as the letter lists it, late by calendar days as the list counts them. */
    public record Overdue(DutyFacts duty, long daysLate) {
    }

    /**
     * The figures of a dateline (Decree 30/2020, Appendix I): a leading zero for days below 10 and for January and
     * February only, "ngày 05 tháng 02 năm 2027".
     */
    public record LetterDate(String day, String month, int year) {

        public static LetterDate of(LocalDate date) {
            String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
            int month = date.getMonthValue();
            return new LetterDate(day, month < 3 ? "0" + month : Integer.toString(month), date.getYear());
        }
    }
}
