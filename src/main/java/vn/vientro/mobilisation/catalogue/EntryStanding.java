package vn.vientro.mobilisation.catalogue;

/**
 * How a need stands in an approved version: listed, calling for aid; or one the previous version listed that left the
 * catalogue since, withdrawn or funded, kept so that the version tells what changed.
 */
public enum EntryStanding {
    LISTED, WITHDRAWN, FUNDED
}
