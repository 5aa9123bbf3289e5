package vn.vientro.interchange.importing;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.LargeUploads;

/** IATI activity files are read as streams (spooled to disk, parsed a batch at a time): they may be the largest. */
@Component
class IatiUploads implements LargeUploads {

    @Override
    public List<String> paths() {
        return List.of(IatiImportController.PATH, IatiImportApiController.PATH);
    }

    @Override
    public long maxBytes() {
        return IatiImports.MAX_BYTES;
    }
}
