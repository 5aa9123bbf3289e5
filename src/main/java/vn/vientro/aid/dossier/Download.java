package vn.vientro.aid.dossier;

import vn.vientro.aid.files.StoredFile;

/** A file the user may download, with the name to offer. */
record Download(StoredFile file, String fileName) {
}
