package vn.vientro.platform.web;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import vn.vientro.platform.LargeUploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which limit holds a path, that the container's is the largest, and how a limit reads. */
class UploadLimitsTests {

    private static final long MB = 1024 * 1024;

    @Test
    void aPathTakesTheLargestLimitDeclaredForItExactlyAsRequested() {
        UploadLimits limits = limits(100, large(60, "/app/x/imports"), large(80, "/app/x/imports", "/api/v1/x"));

        assertThat(limits.maxBytes(request("/app/x/imports"))).isEqualTo(80 * MB);
        assertThat(limits.maxBytes(request("/app/x/imports;jsessionid=ABC"))).isEqualTo(80 * MB);
        assertThat(limits.maxBytes(request("/app/x/%69mports"))).isEqualTo(80 * MB);
        assertThat(limits.maxBytes(request("/api/v1/x"))).isEqualTo(80 * MB);
        assertThat(limits.maxBytes(request("/app/x/imports/1"))).isEqualTo(25 * MB);
        assertThat(limits.maxBytes(request("/app/y"))).isEqualTo(25 * MB);
    }

    @Test
    void theContainersLimitMustBeAtLeastTheLargest() {
        assertThatThrownBy(() -> limits(50, large(80, "/app/x/imports")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("spring.servlet.multipart.max-file-size");
        assertThatThrownBy(() -> limits(20)).isInstanceOf(IllegalStateException.class);
        assertThat(limits(-1, large(80, "/app/x/imports")).maxBytes(request("/app/x/imports"))).isEqualTo(80 * MB);
    }

    @Test
    void aLimitReadsInWholeMegabytesElseInKilobytes() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("problem.upload.tooLarge", Locale.ENGLISH, "at most {0}");
        UploadLimits limits = new UploadLimits(DataSize.ofMegabytes(25), List.of(), container(100), messages);

        assertThat(limits.tooLarge(25 * MB, Locale.ENGLISH)).isEqualTo("at most 25 MB");
        assertThat(limits.tooLarge(MB + MB / 2, Locale.ENGLISH)).isEqualTo("at most 1536 KB");
        assertThat(limits.tooLarge(500 * 1024, Locale.ENGLISH)).isEqualTo("at most 500 KB");
    }

    @Test
    void pagesReadEachLimitWithItsWordsAndTheContextPath() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("upload.tooLarge.field", Locale.ENGLISH, "over {0}");
        UploadLimits limits = new UploadLimits(DataSize.ofMegabytes(25), List.of(large(80, "/app/x/imports")),
                container(100), messages);

        assertThat(limits.forPages("/vt", Locale.ENGLISH)).contains(
                "\"default\":{", "\"bytes\":" + 25 * MB, "\"message\":\"over 25 MB\"",
                "\"paths\":{\"/vt/app/x/imports\":{", "\"bytes\":" + 80 * MB, "\"message\":\"over 80 MB\"");
    }

    private static UploadLimits limits(long containerMegabytes, LargeUploads... large) {
        return new UploadLimits(DataSize.ofMegabytes(25), List.of(large), container(containerMegabytes),
                new StaticMessageSource());
    }

    private static MultipartProperties container(long megabytes) {
        MultipartProperties properties = new MultipartProperties();
        properties.setMaxFileSize(megabytes < 0 ? DataSize.ofBytes(-1) : DataSize.ofMegabytes(megabytes));
        return properties;
    }

    private static LargeUploads large(long megabytes, String... paths) {
        return new LargeUploads() {
            @Override
            public List<String> paths() {
                return List.of(paths);
            }

            @Override
            public long maxBytes() {
                return megabytes * MB;
            }
        };
    }

    private static MockHttpServletRequest request(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setRequestURI(uri);
        return request;
    }
}
