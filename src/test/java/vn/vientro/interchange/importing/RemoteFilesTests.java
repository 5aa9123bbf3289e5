package vn.vientro.interchange.importing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fetch of a file by its address against a server of the test's own on loopback: the application's policy refuses
 * that server like any local address, so the tests that must read from it allow exactly its socket, and a redirect
 * anywhere else on this machine or the private networks is still refused.
 */
class RemoteFilesTests {

    private static final byte[] FILE = "<iati-activities version=\"2.03\"/>".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private int port;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/file.xml", exchange -> answer(exchange, 200, FILE));
        server.createContext("/big.xml", exchange -> answer(exchange, 200, new byte[5000]));
        server.createContext("/big-chunked.xml", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 10; i++) {
                    out.write(new byte[500]);
                }
            }
        });
        server.createContext("/slow-headers.xml", exchange -> {
            sleep(3000);
            answer(exchange, 200, FILE);
        });
        server.createContext("/slow-body.xml", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write(' ');
                    out.flush();
                    sleep(200);
                }
            } catch (IOException closedByTheClient) {
                // the fetch gave up, as it should
            }
        });
        server.createContext("/missing.xml", exchange -> answer(exchange, 404, new byte[0]));
        server.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
        server.createContext("/to-loopback", exchange -> redirect(exchange, "http://127.0.0.1:1/file.xml"));
        server.createContext("/to-localhost", exchange -> redirect(exchange, "http://localhost/file.xml"));
        server.createContext("/to-private", exchange -> redirect(exchange, "http://10.1.2.3/file.xml"));
        server.createContext("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/to-self", exchange -> redirect(exchange, "/file.xml"));
        server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /** Allows only the test's own server: loopback on its port. */
    private RemoteFiles onlyTheTestServer(long maxBytes, Duration timeout) {
        return new RemoteFiles(new RemoteFiles.Policy((address, p) -> address.isLoopbackAddress() && p == port,
                maxBytes, timeout, 5));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String read(RemoteFiles files, String address) throws IOException {
        return files.fetch(address, (name, body) -> name + " " + new String(body.readAllBytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void readsTheFileFromAnAllowedServerAndFollowsARedirectThatStaysAllowed() throws IOException {
        RemoteFiles files = onlyTheTestServer(1000, Duration.ofSeconds(5));
        assertThat(read(files, url("/file.xml"))).isEqualTo(url("/file.xml") + " <iati-activities version=\"2.03\"/>");
        assertThat(read(files, url("/to-self"))).startsWith(url("/file.xml") + " ");
    }

    /**
     * DNS rebinding: a name whose first answer (to the check) is the allowed server and whose later answers are a
     * private address. The connection goes to the address checked, with the name in {@code Host}; the system's own
     * resolver, which does not know the name at all, is never asked.
     */
    @Test
    void connectsToTheAddressCheckedNeverToTheNameResolvedAgain() throws IOException {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<String> hosts = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.createContext("/host.xml", exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            answer(exchange, 200, FILE);
        });
        RemoteFiles files = new RemoteFiles(new RemoteFiles.Policy(
                (address, p) -> address.isLoopbackAddress() && p == port, 1000, Duration.ofSeconds(5), 5),
                host -> new InetAddress[] {asked.getAndIncrement() == 0 ? InetAddress.getLoopbackAddress()
                        : InetAddress.getByName("10.1.2.3")});
        String address = "http://rebinding.invalid:" + port + "/host.xml";
        assertThat(read(files, address)).endsWith(" <iati-activities version=\"2.03\"/>");
        assertThat(asked).hasValue(1);
        assertThat(hosts).containsExactly("rebinding.invalid:" + port);
    }

    /** Over TLS the same: the socket the connection asks for connects to the address checked, not to the name. */
    @Test
    void opensTlsSocketsToTheAddressChecked() throws IOException {
        try (java.net.ServerSocket listening = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            RemoteFiles.PinnedSockets sockets = new RemoteFiles.PinnedSockets(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), listening.getLocalPort()),
                    (javax.net.ssl.SSLSocketFactory) javax.net.ssl.SSLSocketFactory.getDefault());
            try (java.net.Socket socket = sockets.createSocket()) {
                socket.connect(InetSocketAddress.createUnresolved("rebinding.invalid", 443), 2000);
                assertThat(socket.getInetAddress()).isEqualTo(InetAddress.getLoopbackAddress());
                assertThat(socket.getPort()).isEqualTo(listening.getLocalPort());
            }
        }
    }

    @Test
    void refusesTheTestServerItselfUnderTheApplicationsPolicy() {
        RemoteFiles files = new RemoteFiles(Duration.ofSeconds(5));
        assertRefused(() -> read(files, url("/file.xml")), "interchange.import.url.private");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/a.xml", "http://localhost/a.xml", "http://10.0.0.1/a.xml",
            "http://172.16.5.4/a.xml", "http://192.168.1.1/a.xml", "http://169.254.169.254/latest/meta-data/",
            "http://0.0.0.0/", "http://100.64.0.1/", "http://[::1]/a.xml", "http://[fd00::1]/a.xml",
            "http://[fe80::1]/a.xml", "http://[::ffff:127.0.0.1]/a.xml", "http://[64:ff9b::a00:1]/",
            "http://[2002:a00:1::]/", "http://2130706433/a.xml", "http://0x7f000001/a.xml", "http://224.0.0.1/",
            "http://93.184.215.14:22/a.xml"})
    void refusesLocalPrivateLinkLocalAndReservedAddressesAndOddPortsBeforeConnecting(String address) {
        assertRefused(() -> read(new RemoteFiles(Duration.ofSeconds(5)), address), "interchange.import.url.private",
                "interchange.import.url.unknownHost");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/a.xml", "javascript:alert(1)",
            "gopher://example.org/", "jar:http://example.org/a.jar!/a.xml", "example.org/a.xml", "//example.org/a"})
    void refusesEveryOtherSchemeThanHttpAndHttps(String address) {
        assertRefused(() -> RemoteFiles.parse(address), "interchange.import.url.scheme");
    }

    @Test
    void refusesAUserNameInTheAddressAndWhatIsNoAddress() {
        assertRefused(() -> RemoteFiles.parse("http://admin:secret@example.org/a.xml"),
                "interchange.import.url.userInfo");
        assertRefused(() -> RemoteFiles.parse("http://exa mple.org/"), "interchange.import.url.malformed");
        assertRefused(() -> RemoteFiles.parse("http:///a.xml"), "interchange.import.url.malformed");
    }

    @Test
    void knowsPublicAddresses() throws IOException {
        assertThat(RemoteFiles.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(RemoteFiles.isPublic(InetAddress.getByName("2606:4700::1111"))).isTrue();
        assertThat(RemoteFiles.isPublic(InetAddress.getByName("2001:db8::1"))).isFalse();
        assertThat(RemoteFiles.isPublic(InetAddress.getByName("198.18.0.1"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/to-loopback", "/to-localhost", "/to-private", "/to-metadata"})
    void refusesARedirectToAnotherLocalOrPrivateAddress(String path) {
        assertRefused(() -> read(onlyTheTestServer(1000, Duration.ofSeconds(5)), url(path)),
                "interchange.import.url.private");
    }

    @Test
    void refusesARedirectToAnotherSchemeAndEndlessRedirects() {
        RemoteFiles files = onlyTheTestServer(1000, Duration.ofSeconds(5));
        assertRefused(() -> read(files, url("/to-file")), "interchange.import.url.scheme");
        assertRefused(() -> read(files, url("/loop")), "interchange.import.url.redirects");
    }

    @Test
    void refusesABodyOverTheLimitWhetherItsLengthIsDeclaredOrNot() {
        RemoteFiles files = onlyTheTestServer(1000, Duration.ofSeconds(5));
        assertRefused(() -> read(files, url("/big.xml")), "interchange.import.url.tooLarge");
        assertRefused(() -> read(files, url("/big-chunked.xml")), "interchange.import.url.tooLarge");
    }

    @Test
    void givesUpAtTheDeadlineWhetherTheServerIsSilentOrTrickles() {
        RemoteFiles files = onlyTheTestServer(100_000, Duration.ofSeconds(1));
        long started = System.nanoTime();
        assertRefused(() -> read(files, url("/slow-headers.xml")), "interchange.import.url.timeout");
        assertRefused(() -> read(files, url("/slow-body.xml")), "interchange.import.url.timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesAnAnswerOtherThanTheFile() {
        assertRefused(() -> read(onlyTheTestServer(1000, Duration.ofSeconds(5)), url("/missing.xml")),
                "interchange.import.url.status");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String... keys) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ImportFileRefused.class, e -> {
            assertThat(e.messageKey()).isIn((Object[]) keys);
            assertThat(e.field()).isEqualTo("url");
        });
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
