package vn.vientro.aid.appraisal;

import vn.vientro.aid.files.StoredFile;

/**
 * An answer's attached file as it is downloaded, under a name made from the request ("y-kien-12.pdf"): the kept file's
 * own name may be that of the same bytes uploaded elsewhere, and a security reply's name may say too much.
 */
public record AnswerFile(StoredFile file, String downloadName) {
}
