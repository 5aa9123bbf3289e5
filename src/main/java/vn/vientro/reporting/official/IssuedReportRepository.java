package vn.vientro.reporting.official;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface IssuedReportRepository extends ListCrudRepository<IssuedReport, Long> {

    boolean existsByNumber(String number);

    List<IssuedReport> findAllByOrderByIssuedAtDesc();
}
