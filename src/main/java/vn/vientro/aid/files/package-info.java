/**
 * The aid module's file store, which other modules keep their uploads in too (content recognised, one copy per
 * content), so that every upload of the application passes the same checks.
 */
@org.springframework.modulith.NamedInterface("files")
@org.jspecify.annotations.NullMarked
package vn.vientro.aid.files;
