package vn.vientro.aid.item;

/** How the aid is delivered, separate from its kind (DOMAIN.md §3). */
public enum DeliveryForm {
    CASH, GOODS, SERVICES, WORKS, MIXED
}
