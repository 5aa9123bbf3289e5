package vn.vientro.aid.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an uploaded file may be: its size, and for Word and Excel files (zip packages) how far it may inflate.
 *
 * @param maxSize          the largest upload accepted (below the servlet's own multipart limit)
 * @param maxZipEntries    the most entries a .docx or .xlsx package may hold
 * @param maxUnzippedSize  the most its entries may inflate to, all together
 * @param maxZipRatio      the most its entries may inflate to as a multiple of the file's size
 */
@ConfigurationProperties("vientro.aid.dossier.files")
record FileLimits(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("2000") int maxZipEntries,
                  @DefaultValue("200MB") DataSize maxUnzippedSize, @DefaultValue("100") int maxZipRatio) {

    long maxMegabytes() {
        return maxSize.toMegabytes();
    }
}
