/** The IATI activity file import: streaming reader, per-activity schema check, mapping, matching, merge. */
@org.jspecify.annotations.NullMarked
package vn.vientro.interchange.importing;
