package vn.vientro.mobilisation.catalogue;

/** A version of the catalogue is compiled as a draft, then approved by decision and frozen. */
public enum CatalogueVersionStatus {
    DRAFT, APPROVED
}
