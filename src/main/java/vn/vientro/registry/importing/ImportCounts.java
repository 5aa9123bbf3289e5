package vn.vientro.registry.importing;

/** How many rows create, update, leave unchanged, or cannot be imported. */
record ImportCounts(int created, int updated, int unchanged, int errors) {

    static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

    ImportCounts plus(RowCheck.Outcome outcome) {
        return switch (outcome) {
            case NEW -> new ImportCounts(created + 1, updated, unchanged, errors);
            case UPDATE -> new ImportCounts(created, updated + 1, unchanged, errors);
            case UNCHANGED -> new ImportCounts(created, updated, unchanged + 1, errors);
            case ERROR -> new ImportCounts(created, updated, unchanged, errors + 1);
        };
    }

    /** Whether confirming would write anything. */
    public boolean anythingToImport() {
        return created + updated > 0;
    }
}
