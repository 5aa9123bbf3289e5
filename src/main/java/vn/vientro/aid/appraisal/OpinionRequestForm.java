package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The appraisal tab's request form: the letter's date and the agencies ticked ({@code agencyId}, repeated). Each row
 * of the agencies' table names its inputs after its agency ({@code topic-<id>}, {@code question-<id>}), so a
 * ticked agency's topic and question are read from the posted parameters by that name.
 */
public record OpinionRequestForm(@Nullable LocalDate askedOn,
                                 List<Long> agencyId) {

    public OpinionRequestForm {
        agencyId = agencyId == null ? List.of() : List.copyOf(agencyId);
    }

    /** Letters asking for opinions usually leave the day they are written. */
    static OpinionRequestForm datedOn(LocalDate today) {
        return new OpinionRequestForm(today, List.of());
    }

    /** One request per agency ticked; a topic that is no topic is refused as an unknown agency would be. */
    List<NewOpinionRequest> requests(MultiValueMap<String, String> posted) {
        List<NewOpinionRequest> requests = new ArrayList<>();
        for (long agency : agencyId) {
            String topic = posted.getFirst("topic-" + agency);
            requests.add(new NewOpinionRequest(agency, topic == null || topic.isBlank() ? null
                    : OpinionTopic.valueOf(topic), posted.getFirst("question-" + agency)));
        }
        return requests;
    }
}
