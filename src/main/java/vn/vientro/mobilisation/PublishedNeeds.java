package vn.vientro.mobilisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.mobilisation.need.PublishedNeedQueries;

/**
 * The catalogue as the province publishes it to NGOs, for the public portal: anyone may read it, so it asks for no
 * role, and it holds only needs that are published and listed by an approved version of the catalogue.
 */
@Component
@Transactional(readOnly = true)
public class PublishedNeeds {

    /** What the brochure prints as a need's photo, and browsers show everywhere. */
    private static final Set<String> PHOTO_TYPES = Set.of("image/png", "image/jpeg");

    private final PublishedNeedQueries queries;
    private final AidFiles files;

    PublishedNeeds(PublishedNeedQueries queries, AidFiles files) {
        this.queries = queries;
        this.files = files;
    }

    public PublishedNeedPage list(PublishedNeedFilter filter) {
        PublishedNeedQueries.Found found = queries.list(filter);
        return new PublishedNeedPage(withPhotos(found.needs()), found.total(), filter.page(), filter.pageSize());
    }

    public Optional<PublishedNeed> find(long needId) {
        return queries.find(needId).map(need -> withPhotos(List.of(need)).get(0));
    }

    /** Every published need without photos, for the site map. */
    public List<PublishedNeed> all() {
        return queries.all();
    }

    /** The agency that proposed a published need (it answers the public's feedback on it); empty otherwise. */
    public Optional<Long> proposingAgency(long needId) {
        return queries.proposingAgency(needId);
    }

    public List<PublishedPeriod> periods() {
        return queries.periods();
    }

    /** A photo of a published need; empty for another attachment, another need's or an unpublished one's. */
    public Optional<PublishedPhoto> photo(long needId, long attachmentId) {
        return find(needId).filter(need -> need.photoIds().contains(attachmentId))
                .flatMap(need -> queries.attachments(List.of(needId)).getOrDefault(needId, List.of()).stream()
                        .filter(attachment -> attachment.id() == attachmentId).findFirst())
                .flatMap(attachment -> files.find(attachment.storedFileId()))
                .map(file -> new PublishedPhoto(file.contentType(), files.read(file.id()), file.sha256()));
    }

    private List<PublishedNeed> withPhotos(List<PublishedNeed> needs) {
        Map<Long, List<PublishedNeedQueries.Attachment>> attachments =
                queries.attachments(needs.stream().map(PublishedNeed::id).toList());
        List<PublishedNeed> shown = new ArrayList<>();
        for (PublishedNeed need : needs) {
            List<Long> photos = attachments.getOrDefault(need.id(), List.of()).stream()
                    .filter(attachment -> files.find(attachment.storedFileId()).map(StoredFile::contentType)
                            .filter(PHOTO_TYPES::contains).isPresent())
                    .map(PublishedNeedQueries.Attachment::id).toList();
            shown.add(new PublishedNeed(need.id(), need.titleVi(), need.titleEn(), need.summaryVi(),
                    need.summaryEn(), need.objectivesVi(), need.objectivesEn(), need.priorityField(), need.sectors(),
                    need.communes(), need.reach(), need.estimatedCost(), need.foreignAmount(),
                    need.foreignCurrency(), need.counterpart(), need.durationMonths(), need.contactName(),
                    need.contactPhone(), need.contactEmail(), need.period(), photos));
        }
        return shown;
    }
}
