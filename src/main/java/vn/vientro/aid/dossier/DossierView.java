package vn.vientro.aid.dossier;

import java.util.List;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;

/** An item's dossier: the checklist for its kind, with each document's versions. */
public record DossierView(long itemId, AidKind kind, AidStatus status, List<Line> lines) {

    /** The required documents of this stage that are not there yet. */
    public List<Line> missing(DocumentType.RequiredAt at) {
        return lines.stream().filter(line -> line.required() && !line.present() && line.type().requiredAt() == at)
                .toList();
    }

    public boolean anyUploadable() {
        return lines.stream().anyMatch(Line::uploadable);
    }

    /**
     * One document type of the checklist.
     *
     * @param required       this dossier must hold it (the kind needs it and the donor is not exempt)
     * @param uploadable     the signed-in user may upload a version now
     * @param versionsShown  the user may see and download the versions (internal papers: provincial roles only)
     */
    public record Line(DocumentType type, boolean required, boolean present, boolean uploadable,
                       boolean versionsShown, List<DocumentVersion> versions) {

        public int latestVersion() {
            return versions.isEmpty() ? 0 : versions.get(0).version();
        }
    }
}
