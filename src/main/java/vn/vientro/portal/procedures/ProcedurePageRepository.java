package vn.vientro.portal.procedures;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ProcedurePageRepository extends ListCrudRepository<ProcedurePage, Long> {

    Optional<ProcedurePage> findByProcedure(ProcedureKind procedure);
}
