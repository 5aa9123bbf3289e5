package vn.vientro.registry.opinion;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The province's opinion on an application, with the agencies' inputs the reader may see. */
public record PermitOpinionView(long id, long version, long organisationId, String organisationName,
                                String application, String ministryReference, LocalDate receivedOn, LocalDate dueOn,
                                String status, @Nullable OpinionAnswer conclusion, @Nullable String conclusionText,
                                @Nullable String replyReference, @Nullable LocalDate sentOn, List<Input> inputs) {

    public boolean overdue(LocalDate today) {
        return "OPEN".equals(status) && today.isAfter(dueOn);
    }

    /**
     * One agency's input.
     *
     * @param confidential     a security agency's input, sealed: only ever built for those who may read it
     * @param consentBySilence not answered by its due date while silence counts as consent
     */
    public record Input(long id, long agencyId, String agencyName, LocalDate askedOn, LocalDate dueOn,
                        boolean confidential, @Nullable OpinionAnswer answer, @Nullable String answerText, @Nullable LocalDate answeredOn,
                        @Nullable String recordedBy, boolean overdue, boolean consentBySilence) {
    }
}
