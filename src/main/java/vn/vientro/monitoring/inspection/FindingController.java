package vn.vientro.monitoring.inspection;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.aid.files.FileDownloads;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.BusinessRuleException;

/**
 * The findings' forms on an inspection's page: record a finding with its evidence, add evidence, recommend, follow a
 * recommendation up. Each answers with a redirect to the page, keeping a refused form for it to show.
 */
@Controller
@RequestMapping("/app/monitoring/inspections/{inspectionId}")
class FindingController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Findings findings;
    private final ProposalLetters proposals;
    private final Outcomes outcomes;
    private final MessageSource messages;

    FindingController(Findings findings, ProposalLetters proposals, Outcomes outcomes, MessageSource messages) {
        this.findings = findings;
        this.proposals = proposals;
        this.outcomes = outcomes;
        this.messages = messages;
    }

    /** A refused piece of evidence, for the page to show at the finding's file input. */
    public record EvidenceRefused(long findingId, String message) implements java.io.Serializable {
    }

    @PostMapping("/findings/{findingId}/outcomes")
    @PreAuthorize(MonitoringPolicy.DECIDE_OUTCOME)
    String decide(@PathVariable long inspectionId, @PathVariable long findingId,
                  @Valid @ModelAttribute("outcomeForm") OutcomeInput form, BindingResult errors,
                  RedirectAttributes redirect) {
        String back = page(inspectionId) + "#finding-" + findingId;
        return FormPosts.submit(errors, () -> {
            outcomes.decide(inspectionId, findingId, form);
            return FormPosts.saved(redirect, "monitoring.outcome.decided." + form.outcome(), back);
        }, () -> {
            redirect.addFlashAttribute("outcomeFor", findingId);
            return FormPosts.kept(redirect, "outcomeForm", form, errors, back);
        });
    }

    @PostMapping("/findings")
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    String record(@PathVariable long inspectionId, @Valid @ModelAttribute("findingForm") FindingInput form,
                  BindingResult errors, @RequestParam(name = "evidence", required = false) @Nullable MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        Findings.Upload upload = upload(file);
        String page = page(inspectionId);
        return FormPosts.submit(errors, () -> {
            findings.record(inspectionId, form, upload);
            return FormPosts.saved(redirect, "monitoring.finding.recordedMessage", page + "#findings");
        }, () -> FormPosts.kept(redirect, "findingForm", form, errors, page + "#finding-form"));
    }

    @PostMapping("/findings/{findingId}/evidence")
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    String attach(@PathVariable long inspectionId, @PathVariable long findingId,
                  @RequestParam(name = "evidence", required = false) @Nullable MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        Findings.Upload upload = upload(file);
        String back = page(inspectionId) + "#finding-" + findingId;
        if (upload == null) {
            return "redirect:" + back;
        }
        try {
            findings.attach(inspectionId, findingId, upload);
        } catch (BusinessRuleException refused) {
            // the refusal shows at the finding's file input, in the reader's language, after the redirect
            redirect.addFlashAttribute("evidenceRefused", new EvidenceRefused(findingId, messages.getMessage(
                    refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale())));
            return "redirect:" + back;
        }
        return FormPosts.saved(redirect, "monitoring.finding.attached", back);
    }

    @GetMapping("/findings/{findingId}/evidence/{fileId}")
    @PreAuthorize(MonitoringPolicy.READ_FINDINGS)
    ResponseEntity<Resource> evidence(@PathVariable long inspectionId, @PathVariable long findingId,
                                      @PathVariable long fileId) {
        return download(findings.evidence(inspectionId, findingId, fileId));
    }

    @GetMapping("/findings/{findingId}/mofa-proposal")
    @PreAuthorize(MonitoringPolicy.DRAFT_PROPOSAL)
    ResponseEntity<Resource> proposal(@PathVariable long inspectionId, @PathVariable long findingId,
                                      @RequestParam ProposalMeasure measure) {
        return letter(proposals.draft(inspectionId, findingId, measure), inspectionId, measure);
    }

    @PostMapping("/findings/{findingId}/recommendations")
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    String recommend(@PathVariable long inspectionId, @PathVariable long findingId,
                     @Valid @ModelAttribute("recommendationForm") RecommendationInput form, BindingResult errors,
                     RedirectAttributes redirect) {
        String page = page(inspectionId);
        return FormPosts.submit(errors, () -> {
            findings.recommend(inspectionId, findingId, form);
            return FormPosts.saved(redirect, "monitoring.recommendation.made", page + "#finding-" + findingId);
        }, () -> {
            redirect.addFlashAttribute("recommendationFor", findingId);
            return FormPosts.kept(redirect, "recommendationForm", form, errors, page + "#finding-" + findingId);
        });
    }

    @PostMapping("/recommendations/{recommendationId}/follow-up")
    @PreAuthorize(MonitoringPolicy.FOLLOW_UP)
    String followUp(@PathVariable long inspectionId, @PathVariable long recommendationId,
                    @Valid @ModelAttribute("followUpForm") FollowUpInput form, BindingResult errors,
                    RedirectAttributes redirect) {
        String page = page(inspectionId);
        return FormPosts.submit(errors, () -> {
            findings.followUp(inspectionId, recommendationId, form);
            return FormPosts.saved(redirect, "monitoring.recommendation.followedUp", page + "#findings");
        }, () -> FormPosts.kept(redirect, "followUpForm", form, errors, page + "#findings"));
    }

    private static String page(long inspectionId) {
        return "/app/monitoring/inspections/" + inspectionId;
    }

    static Findings.@Nullable Upload upload(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename();
        return new Findings.Upload(name == null ? "" : name, file.getBytes());
    }

    /** The drafted letter, to download and finish in a word processor. */
    static ResponseEntity<Resource> letter(byte[] letter, long inspectionId, ProposalMeasure measure) {
        return ResponseEntity.ok().contentType(DOCX).contentLength(letter.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("de-nghi-bo-ngoai-giao-" + measure.name().toLowerCase(java.util.Locale.ROOT) + "-"
                                + inspectionId + ".docx", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new ByteArrayResource(letter));
    }

    /** Evidence is answered as every kept file is: an attachment, never rendered by the browser, never cached. */
    static ResponseEntity<Resource> download(Findings.EvidenceDownload evidence) {
        return FileDownloads.attachment(evidence.file(), evidence.downloadName(),
                new ByteArrayResource(evidence.content()));
    }
}
