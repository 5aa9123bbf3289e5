package vn.vientro.portal.procedures;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ProcedureFormRepository extends ListCrudRepository<ProcedureForm, Long> {

    List<ProcedureForm> findByProcedureOrderById(ProcedureKind procedure);
}
