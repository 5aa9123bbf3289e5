package vn.vientro.audit;

import org.jspecify.annotations.Nullable;

/**
 * A changed record as its users know it ("VT-2026-0012 · Nước sạch cho xã Tam Đảo", an organisation's name), and the
 * page that shows it, when there is one the reader can open.
 */
public record NamedRecord(String label, @Nullable String link) {
}
