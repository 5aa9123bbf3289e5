package vn.vientro.aid.appraisal;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.FileDownloads;

/** An answer's file as a download: always an attachment, never rendered by the browser, never cached. */
final class AnswerDownloads {

    private AnswerDownloads() {
    }

    static ResponseEntity<Resource> of(AnswerFile answer, AidFiles files) {
        return FileDownloads.attachment(answer.file(), answer.downloadName(),
                new InputStreamResource(files.open(answer.file().id())));
    }
}
