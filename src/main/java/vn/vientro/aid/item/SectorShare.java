package vn.vientro.aid.item;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/** A DAC sector and its share of the item, in percent. */
@Table(schema = "aid", name = "aid_item_sector")
public record SectorShare(String sectorCode, BigDecimal percent) {
}
