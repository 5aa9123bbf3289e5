package vn.vientro.mobilisation.catalogue;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** An accepted need the appraisal lead put into a draft version: the version's approval approves it. */
@Table(schema = "mobilisation", name = "catalogue_inclusion")
record CatalogueInclusion(@Column("need") long needId) {
}
