package vn.vientro.aid.files;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import vn.vientro.shared.InvalidInputException;

/**
 * Tells what an upload is from its bytes alone (Tika's magic numbers), never from its name or the browser's word, and
 * refuses what is not one of the kept types. Word and Excel files are zip packages: they are opened, within limits,
 * to check that they really are well-formed documents of that kind.
 */
@Component
class ContentSniffer {

    /** Tika's core names an OOXML package by its first entries; a package written by another tool may be a plain zip. */
    private static final Set<String> ZIP_TYPES = Set.of("application/x-tika-ooxml", "application/zip");

    private final FileLimits limits;

    ContentSniffer(FileLimits limits) {
        this.limits = limits;
    }

    /** @throws InvalidInputException at the field {@code file}, with the reason in the user's language */
    FileType sniff(byte[] content, Set<FileType> allowed) {
        if (content.length == 0) {
            throw refused("aid.files.empty");
        }
        if (content.length > limits.maxSize().toBytes()) {
            throw refused("aid.files.tooLarge", limits.maxMegabytes());
        }
        String detected = Detector.TIKA.detect(content);
        FileType type = ZIP_TYPES.contains(detected) ? OfficePackage.check(content, limits) : known(detected);
        if (!allowed.contains(type)) {
            throw refused("aid.files.typeNotHere", allowed.stream().map(FileType::name)
                    .collect(Collectors.joining(", ")));
        }
        return type;
    }

    private static FileType known(String detected) {
        return switch (detected) {
            case "application/pdf" -> FileType.PDF;
            case "image/png" -> FileType.PNG;
            case "image/jpeg" -> FileType.JPEG;
            default -> throw refused("aid.files.type", detected);
        };
    }

    static InvalidInputException refused(String key, Object... arguments) {
        return new InvalidInputException("file", key, arguments);
    }

    /** Tika reads its whole type catalogue when made: on the first upload, not while the application starts. */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }
}
