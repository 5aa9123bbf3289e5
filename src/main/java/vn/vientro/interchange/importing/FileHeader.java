package vn.vientro.interchange.importing;

import org.jspecify.annotations.Nullable;

/**
 * What the root element says: the version read (normalised to {@code 2.0x}), a note when it had to be guessed, and
 * the root's start tag as the schema check wraps each activity in it.
 */
record FileHeader(String version, @Nullable String versionNote, String rootTag) {
}
