package vn.vientro.reporting.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page's parts run beside the request with its reader, a bounded number at once, failures as they were. */
class DashboardPartsTests {

    final DashboardParts parts = new DashboardParts();

    @AfterEach
    void stop() {
        parts.destroy();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPartRunsOnAnotherThreadAsItsReader() {
        Authentication reader = new TestingAuthenticationToken("leader", "x", "ROLE_LEADER");
        SecurityContextHolder.getContext().setAuthentication(reader);
        String requesting = Thread.currentThread().getName();

        record Seen(String thread, Authentication reader) {
        }
        Seen seen = DashboardParts.join(parts.start(() -> new Seen(Thread.currentThread().getName(),
                SecurityContextHolder.getContext().getAuthentication())));

        assertThat(seen.thread()).startsWith("dashboard-part-").isNotEqualTo(requesting);
        assertThat(seen.reader()).isSameAs(reader);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(reader);
    }

    @Test
    void whenEveryThreadIsBusyAPartRunsInTheRequestingThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(DashboardParts.THREADS);
        List<CompletableFuture<String>> busy = new ArrayList<>();
        for (int i = 0; i < DashboardParts.THREADS; i++) {
            busy.add(parts.start(() -> {
                started.countDown();
                await(release);
                return Thread.currentThread().getName();
            }));
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        String ranOn = DashboardParts.join(parts.start(() -> Thread.currentThread().getName()));

        assertThat(ranOn).isEqualTo(Thread.currentThread().getName());
        release.countDown();
        assertThat(busy.stream().map(DashboardParts::join).distinct()).hasSize(DashboardParts.THREADS);
    }

    @Test
    void aPartsFailureIsThrownAsItWas() {
        CompletableFuture<Object> denied = parts.start(() -> {
            throw new AccessDeniedException("no");
        });

        assertThatThrownBy(() -> DashboardParts.join(denied)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("no");
    }

    @Test
    void oneAfterTheOtherWhenNotConcurrent() {
        parts.concurrent = false;

        assertThat(DashboardParts.join(parts.start(() -> Thread.currentThread().getName())))
                .isEqualTo(Thread.currentThread().getName());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
