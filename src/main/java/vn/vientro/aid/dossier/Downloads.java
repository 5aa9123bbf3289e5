package vn.vientro.aid.dossier;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.FileDownloads;

/**
 * A kept file as a download: always an attachment, never rendered by the browser, with the type read from the content
 * when it was uploaded.
 */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<Resource> of(Download download, AidFiles files) {
        return FileDownloads.attachment(download.file(), download.fileName(),
                new InputStreamResource(files.open(download.file().id())));
    }
}
