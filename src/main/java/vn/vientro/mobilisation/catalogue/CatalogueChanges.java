package vn.vientro.mobilisation.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a version changed since the previous approved version of its period: the needs it added, and those the
 * previous one listed that left since, withdrawn or funded. The first version of a period adds every need it lists.
 */
public record CatalogueChanges(VersionHeader version, @Nullable Integer previousRevision, List<CatalogueEntry> added,
                               List<CatalogueEntry> withdrawn, List<CatalogueEntry> funded) {
}
