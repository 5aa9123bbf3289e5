package vn.vientro.reference.codelist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code names-vi.csv} read as written, not as loaded: the loader keeps the last of two lines for one code, so a
 * duplicate or a name for a code the IATI files lack shows only here.
 */
final class VietnameseNamesFile {

    private VietnameseNamesFile() {
    }

    /** The {@code list;code} keys the file names for the lists accepted, failing on a key named twice. */
    static Set<String> keysOf(Predicate<String> list) {
        Set<String> named = new HashSet<>();
        for (String line : lines()) {
            String[] cells = line.split(";", 3);
            if (list.test(cells[0])) {
                String key = cells[0] + ";" + cells[1];
                assertThat(named.add(key)).as("named twice: " + key).isTrue();
            }
        }
        return named;
    }

    private static List<String> lines() {
        try (InputStream in = new ClassPathResource("reference/iati/names-vi.csv").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
