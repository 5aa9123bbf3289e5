package vn.vientro.aid.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * Checks that a zip upload is a well-formed Word (.docx) or Excel (.xlsx) package and no zip bomb. The entries are
 * inflated once, counting the bytes actually produced (the sizes a zip declares can lie), and the reading stops as
 * soon as a limit is passed; only then does POI open the package to find its main part. Macro-enabled documents,
 * presentations and other zips are refused.
 */
final class OfficePackage {

    private static final String ZIP_BOMB = "Zip bomb detected";

    private OfficePackage() {
    }

    static FileType check(byte[] content, FileLimits limits) {
        guardInflation(content, limits);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            if (!pkg.getPartsByContentType(XWPFRelation.DOCUMENT.getContentType()).isEmpty()) {
                return FileType.DOCX;
            }
            if (!pkg.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()) {
                return FileType.XLSX;
            }
            throw ContentSniffer.refused("aid.files.notOffice");
        } catch (vn.vientro.shared.InvalidInputException e) {
            throw e;
        } catch (Exception e) { // POI reports a broken package with many unrelated exception types
            throw ContentSniffer.refused(isZipBomb(e) ? "aid.files.zipBomb" : "aid.files.brokenOffice");
        }
    }

    private static void guardInflation(byte[] content, FileLimits limits) {
        long maxTotal = Math.min(limits.maxUnzippedSize().toBytes(), (long) limits.maxZipRatio() * content.length);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxZipEntries()) {
                    throw ContentSniffer.refused("aid.files.zipBomb");
                }
                total = inflate(zip, buffer, total, maxTotal);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw ContentSniffer.refused("aid.files.brokenOffice");
        }
        if (entries == 0) {
            throw ContentSniffer.refused("aid.files.brokenOffice");
        }
    }

    private static long inflate(InputStream entry, byte[] buffer, long total, long maxTotal) throws IOException {
        long inflated = total;
        for (int read = entry.read(buffer); read >= 0; read = entry.read(buffer)) {
            inflated += read;
            if (inflated > maxTotal) {
                throw ContentSniffer.refused("aid.files.zipBomb");
            }
        }
        return inflated;
    }

    /** POI signals a zip bomb with a plain IOException somewhere down the cause chain; its text is the only mark. */
    private static boolean isZipBomb(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(ZIP_BOMB)) {
                return true;
            }
        }
        return false;
    }
}
