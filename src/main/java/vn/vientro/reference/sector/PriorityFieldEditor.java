package vn.vientro.reference.sector;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.vientro.shared.NotFoundException;

/** Writes a priority field through its aggregate, refusing a save based on a stale version. */
@Component
public class PriorityFieldEditor {

    private final PriorityFieldRepository fields;

    PriorityFieldEditor(PriorityFieldRepository fields) {
        this.fields = fields;
    }

    public void update(long id, long expectedVersion, String nameVi, @Nullable String nameEn, List<String> dacCodes) {
        PriorityFieldRecord field = fields.findById(id).orElseThrow(() -> new NotFoundException("priority field", id));
        if (!Objects.equals(field.version(), expectedVersion)) {
            throw new OptimisticLockingFailureException("priority field " + id + " was changed by someone else");
        }
        field.rename(nameVi, nameEn);
        field.mapTo(dacCodes);
        fields.save(field);
    }
}
