package vn.vientro.monitoring.inspection;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vientro.platform.YamlResource;

/** The points each type of inspection checks, from {@code monitoring/inspection-checklists.yml}. */
@Component
class Checklists {

    /** The file's content: each type's points by code. */
    record Vocabulary(Map<InspectionType, List<String>> points) {
    }

    private final Map<InspectionType, List<String>> points;

    Checklists() {
        this.points = YamlResource.read("monitoring/inspection-checklists.yml", "inspection-checklists",
                Vocabulary.class).points();
    }

    List<String> of(InspectionType type) {
        return points.getOrDefault(type, List.of());
    }

    Map<InspectionType, List<String>> all() {
        return points;
    }
}
