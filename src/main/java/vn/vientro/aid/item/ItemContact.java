package vn.vientro.aid.item;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A person to contact about the item. */
@Table(schema = "aid", name = "aid_item_contact")
public record ItemContact(String fullName, @Nullable String position, @Nullable String phone, @Nullable String email) {
}
