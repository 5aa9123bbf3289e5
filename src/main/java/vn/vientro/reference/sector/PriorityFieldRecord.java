package vn.vientro.reference.sector;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The stored priority field: names and the set of DAC codes mapped to it. */
@Table(schema = "reference", name = "priority_field")
public class PriorityFieldRecord {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private String code;
    private String nameVi;
    private @Nullable String nameEn;
    private int position;
    @MappedCollection(idColumn = "priority_field")
    private Set<MappedSector> sectors;

    @PersistenceCreator
    PriorityFieldRecord(@Nullable Long id, @Nullable Long version, String code, String nameVi, @Nullable String nameEn,
                        int position, Set<MappedSector> sectors) {
        this.id = id;
        this.version = version;
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.position = position;
        this.sectors = new LinkedHashSet<>(sectors);
    }

    public void rename(String nameVi, @Nullable String nameEn) {
        this.nameVi = nameVi.trim();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
    }

    public void mapTo(List<String> dacCodes) {
        this.sectors = new LinkedHashSet<>(dacCodes.stream().map(MappedSector::new).toList());
    }

    public @Nullable Long version() {
        return version;
    }

    @Table(schema = "reference", name = "priority_field_sector")
    record MappedSector(String sectorCode) {
    }
}
