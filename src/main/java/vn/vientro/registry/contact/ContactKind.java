package vn.vientro.registry.contact;

/** Who a contact is to the province's mobilisation work (seed 000 §III.2.2, DOMAIN §9 "Networks"). */
public enum ContactKind {
    EXPERT, SCHOLAR, BUSINESS, OVERSEAS_VIETNAMESE, EMBASSY, AGENCY_FOCAL_OFFICER, NGO_STAFF, OTHER
}
