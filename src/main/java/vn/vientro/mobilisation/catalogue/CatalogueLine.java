package vn.vientro.mobilisation.catalogue;

/** A need of a version as a reader reads it: its number in the table, and its codes named in the reader's language. */
public record CatalogueLine(int number, CatalogueEntry entry, String field, String places, String sectors,
                            String agency) {
}
