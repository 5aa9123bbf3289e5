package vn.vientro.aid.dossier;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.platform.Actor;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;

/**
 * An aid item's dossier (hồ sơ, Decree 80/2020 Art. 8; Decree 50/2020 for emergency relief): the checklist of papers
 * its kind needs, and their uploads. The aid owner's side uploads while the dossier is drafted, returned or submitted;
 * the appraisal lead adds the appraisal report during the appraisal.
 */
@Service
public class Dossier {

    /** The aid owner's side may add papers until the appraisal opens (a submitted dossier may still be completed). */
    static final Set<AidStatus> OWNER_OPEN = EnumSet.of(AidStatus.DOSSIER_DRAFT, AidStatus.RETURNED,
            AidStatus.SUBMITTED);
    static final Set<AidStatus> APPRAISER_OPEN = EnumSet.of(AidStatus.UNDER_APPRAISAL, AidStatus.APPRAISED);
    private static final int MAX_NOTE_LENGTH = 1000;

    private final DossierProperties properties;
    private final DossierDocuments documents;
    private final DossierQueries queries;
    private final AidFiles files;
    private final AidItemQueries items;
    private final AidPolicy policy;
    private final Registry registry;

    Dossier(DossierProperties properties, DossierDocuments documents, DossierQueries queries, AidFiles files,
            AidItemQueries items, AidPolicy policy, Registry registry) {
        this.properties = properties;
        this.documents = documents;
        this.queries = queries;
        this.files = files;
        this.items = items;
        this.policy = policy;
        this.registry = registry;
    }

    /** Every configured document type, for the API and the demo data. */
    public List<DocumentType> types() {
        return properties.documents();
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public DossierView checklist(long itemId) {
        AidItemRecord item = record(itemId);
        Map<String, List<DocumentVersion>> versions = queries.versions(itemId).stream()
                .collect(Collectors.groupingBy(DocumentVersion::type));
        @Nullable OrganisationKind donor = donorKind(item);
        List<DossierView.Line> lines = properties.documents().stream()
                .filter(type -> type.appliesTo(item.kind()))
                .map(type -> {
                    List<DocumentVersion> uploads = versions.getOrDefault(type.code(), List.of());
                    boolean shown = !type.internal() || policy.readsInternalDocuments();
                    return new DossierView.Line(type, type.requiredFor(item.kind(), donor), !uploads.isEmpty(),
                            mayUpload(item, type), shown, shown ? uploads : List.of());
                })
                .toList();
        return new DossierView(itemId, item.kind(), item.status(), lines);
    }

    /** Adds a version of a document. @throws InvalidInputException at {@code file}, {@code type} or {@code note} */
    @PreAuthorize(AidPolicy.UPLOAD)
    @Transactional
    public DocumentVersion upload(long itemId, String typeCode, String fileName, byte[] content,
                                  @Nullable String note) {
        AidItemRecord item = record(itemId);
        DocumentType type = properties.type(typeCode == null ? "" : typeCode.strip())
                .filter(candidate -> candidate.appliesTo(item.kind()))
                .orElseThrow(() -> new InvalidInputException("type", "aid.dossier.type.unknown", typeCode));
        requireMayUpload(item, type);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_NOTE_LENGTH) {
            throw new InvalidInputException("note", "aid.dossier.note.tooLong", MAX_NOTE_LENGTH);
        }
        StoredFile file = files.store(fileName, content);
        try {
            DossierDocument document = documents.save(DossierDocument.uploaded(itemId, type.code(),
                    queries.nextVersion(itemId, type.code()), file.id(), fileName.strip(), cleanNote, Actor.current()));
            return queries.find(itemId, document.id()).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException(AidProblem.DOSSIER_BUSY, "aid.dossier.upload.concurrent", "file");
        }
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public DocumentVersion version(long itemId, long documentId) {
        record(itemId);
        DocumentVersion version = queries.find(itemId, documentId)
                .orElseThrow(() -> new NotFoundException("dossier document", documentId));
        if (properties.type(version.type()).map(DocumentType::internal).orElse(true) && !policy.readsInternalDocuments()) {
            throw new AccessDeniedException("internal dossier document " + documentId);
        }
        return version;
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    Download download(long itemId, long documentId) {
        DocumentVersion version = version(itemId, documentId);
        StoredFile file = files.find(version.storedFileId()).orElseThrow();
        return new Download(file, file.downloadName(version.fileName()));
    }

    /** The required documents of a stage the item's dossier lacks; for the lifecycle's guard, which checked access. */
    List<DocumentType> missing(long itemId, AidKind kind, DocumentType.RequiredAt at) {
        @Nullable OrganisationKind donor = items.record(itemId).map(this::donorKind).orElse(null);
        Set<String> present = queries.presentTypes(itemId);
        return properties.documents().stream()
                .filter(type -> type.requiredAt() == at && type.requiredFor(kind, donor))
                .filter(type -> !present.contains(type.code()))
                .toList();
    }

    boolean mayUpload(AidItemRecord item, DocumentType type) {
        return holdsUploaderRole(item, type) && openStates(type).contains(item.status());
    }

    private void requireMayUpload(AidItemRecord item, DocumentType type) {
        if (!holdsUploaderRole(item, type)) {
            throw new AccessDeniedException("may not upload " + type.code() + " to aid item " + item.id());
        }
        if (!openStates(type).contains(item.status())) {
            throw new BusinessRuleException(AidProblem.DOSSIER_CLOSED, "aid.dossier.upload.closed", "file",
                    new DefaultMessageSourceResolvable("aid.status." + item.status().name()));
        }
    }

    private boolean holdsUploaderRole(AidItemRecord item, DocumentType type) {
        return policy.mayUpload(item, type);
    }

    private static Set<AidStatus> openStates(DocumentType type) {
        return type.uploadedBy() == DocumentType.Uploader.OWNER ? OWNER_OPEN : APPRAISER_OPEN;
    }

    private @Nullable OrganisationKind donorKind(AidItemRecord item) {
        return registry.find(item.donorId()).map(OrganisationRef::kind).orElse(null);
    }

    private AidItemRecord record(long itemId) {
        return items.record(itemId).orElseThrow(() -> new NotFoundException("aid item", itemId));
    }
}
