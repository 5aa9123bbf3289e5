package vn.vientro.aid.item;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A commune (current unit) and its share of the item, in percent.
 *
 * @param enteredCode the old (pre-2025) code the user typed, when it was mapped to this commune
 */
@Table(schema = "aid", name = "aid_item_location")
public record LocationShare(String communeCode, String provinceCode, @Nullable String enteredCode, BigDecimal percent) {
}
