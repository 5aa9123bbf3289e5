package vn.vientro.monitoring.fieldwork;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.vientro.monitoring.MonitoringPolicy;

/**
 * An inspection's field work: the checklist and the findings form as one page the team's browser keeps for working
 * offline (its script queues each change and syncs it through the API), and the web app manifest that installs it.
 */
@Controller
@RequestMapping("/app/monitoring/inspections/{inspectionId}/field-work")
class FieldWorkController {

    private static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

    private final FieldWorkPageModel pageModel;

    FieldWorkController(FieldWorkPageModel pageModel) {
        this.pageModel = pageModel;
    }

    @GetMapping
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    String page(@PathVariable long inspectionId, Model model) {
        return pageModel.page(model, inspectionId);
    }

    @GetMapping("/manifest.webmanifest")
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    ResponseEntity<Map<String, Object>> manifest(@PathVariable long inspectionId) {
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache().cachePrivate())
                .body(pageModel.manifest(inspectionId));
    }
}
