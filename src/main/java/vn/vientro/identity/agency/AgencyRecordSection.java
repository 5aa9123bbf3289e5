package vn.vientro.identity.agency;

import java.util.List;
import vn.vientro.identity.AgencyRecords;

/** One section of the agency's page contributed by another module: its title key and its records. */
public record AgencyRecordSection(String titleKey, List<AgencyRecords.Entry> entries) {
}
