package vn.vientro.reference;

/**
 * The bundled codelists were (re)loaded at start-up, their names possibly changed (a DAC sector renamed in Vietnamese):
 * what copied a name from them, such as a search document, takes the current one again.
 */
public record CodelistsLoaded(int rows) {
}
