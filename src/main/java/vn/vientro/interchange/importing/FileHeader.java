package vn.vientro.interchange.importing;

import org.jspecify.annotations.Nullable;

/**
 * What the root element says: the version read (normalised to {@code 2.0x}), a note when it had to be guessed, and
 * the root element itself as the schema check opens each activity's document with it.
 */
record FileHeader(String version, @Nullable String versionNote, RootElement root) {
}
