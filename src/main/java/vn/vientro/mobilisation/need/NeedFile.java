package vn.vientro.mobilisation.need;

import vn.vientro.aid.files.StoredFile;

/** A kept file of a need, with the name to offer on download and its content. */
public record NeedFile(StoredFile file, String downloadName, byte[] content) {
}
