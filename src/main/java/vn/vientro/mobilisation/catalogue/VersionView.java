package vn.vientro.mobilisation.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import vn.vientro.shared.Money;

/**
 * A version with its needs: as approved for an approved version; for a draft, what approving it now would list (the
 * previous version's needs still calling for aid, and the accepted needs put in), read from the needs as they are.
 */
public record VersionView(VersionHeader header, List<CatalogueEntry> entries) {

    public List<CatalogueEntry> listed() {
        return entries.stream().filter(CatalogueEntry::listed).toList();
    }

    public Money totalCostVnd() {
        return Money.of(total(CatalogueEntry::cost), "VND");
    }

    public Money totalCounterpartVnd() {
        return Money.of(total(CatalogueEntry::counterpart), "VND");
    }

    public BigDecimal total(Function<CatalogueEntry, BigDecimal> amount) {
        return listed().stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
