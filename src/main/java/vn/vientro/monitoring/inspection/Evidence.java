package vn.vientro.monitoring.inspection;

import org.springframework.data.relational.core.mapping.Table;

/** A file that bears a finding out, kept by the aid module's file store, and the name it was uploaded under. */
@Table(schema = "monitoring", name = "finding_evidence")
public record Evidence(long fileId, String fileName, boolean confidential) {

    static Evidence of(long fileId, String fileName) {
        return new Evidence(fileId, fileName, true);
    }
}
