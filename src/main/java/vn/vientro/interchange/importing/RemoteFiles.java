package vn.vientro.interchange.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches a file an administrator names by its web address, for the import to read as if uploaded. The server must not
 * become a way into the province's own network (OWASP, Server-Side Request Forgery Prevention Cheat Sheet): only
 * http and https, no user name in the address, only the web's usual ports, and every hop (the address and each
 * redirect, followed by hand, at most five) goes only where each of the host's resolved addresses is a public one —
 * not loopback, private, link-local (the cloud metadata service), carrier-grade NAT, multicast, reserved or
 * documentation ranges. The connection goes to the address checked, never to the name resolved again (a name that
 * answers a public address to the check and a private one to the connection, DNS rebinding, reaches nothing more):
 * over https through a socket connected to that address, then TLS for the name (its certificate checked against the
 * name as usual); over http by asking that address for the absolute address (RFC 9112 §3.2.2: every server accepts
 * it), with the name in {@code Host}. The whole fetch has one deadline, and the body a size limit, both checked while
 * it is read.
 */
@Component
class RemoteFiles {

    /** Which endpoints a fetch may connect to; the application's is {@link #PUBLIC}, tests name their own server. */
    @FunctionalInterface
    interface Endpoints {
        boolean allows(InetAddress address, int port);
    }

    /** Public addresses on the web's usual ports. */
    static final Endpoints PUBLIC = (address, port) -> isPublic(address) && Set.of(80, 443, 8080, 8443).contains(port);

    /** Where a fetch may go, how much it may read and for how long. */
    record Policy(Endpoints endpoints, long maxBytes, Duration timeout, int maxRedirects) {
    }

    /** What reads the fetched body: the import's spool. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(String name, InputStream body) throws IOException;
    }

    /** The addresses of a host name: the system's resolver, or a test's. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private volatile Policy policy;
    private final Resolver resolver;

    @Autowired
    RemoteFiles(@Value("${vientro.interchange.fetch.timeout:60s}") Duration timeout) {
        this(new Policy(PUBLIC, IatiImports.MAX_BYTES, timeout, 5), InetAddress::getAllByName);
    }

    RemoteFiles(Policy policy) {
        this(policy, InetAddress::getAllByName);
    }

    RemoteFiles(Policy policy, Resolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    Policy policy() {
        return policy;
    }

    /** Only for tests that must fetch from a server of their own on this machine; answers the policy replaced. */
    Policy use(Policy replacement) {
        Policy before = policy;
        policy = replacement;
        return before;
    }

    /**
     * Fetches the address, following redirects that stay on the public web, and gives the body to {@code reader}.
     *
     * @throws ImportFileRefused when the address is refused, cannot be reached, answers other than 200, takes too long
     *                           or sends too much
     */
    <T> T fetch(String address, BodyReader<T> reader) throws IOException {
        Policy current = policy;
        long deadline = System.nanoTime() + current.timeout().toNanos();
        URI uri = parse(address);
        for (int hop = 0; ; hop++) {
            InetSocketAddress checked = check(uri, current);
            HttpURLConnection connection = open(uri, checked, deadline);
            try {
                int status = status(connection, current);
                if (status >= 300 && status < 400 && connection.getHeaderField("Location") != null) {
                    if (hop >= current.maxRedirects()) {
                        throw refused("interchange.import.url.redirects", current.maxRedirects());
                    }
                    uri = redirect(uri, connection.getHeaderField("Location"));
                    continue;
                }
                if (status != 200) {
                    throw refused("interchange.import.url.status", status);
                }
                if (connection.getContentLengthLong() > current.maxBytes()) {
                    throw tooLarge(current);
                }
                try (InputStream body = new Limited(connection.getInputStream(), current, deadline)) {
                    return reader.read(name(uri), body);
                }
            } finally {
                connection.disconnect();
            }
        }
    }

    /** An address as typed: absolute http(s), a host, no user name; refused otherwise. */
    static URI parse(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw refused("interchange.import.url.malformed");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!Set.of("http", "https").contains(scheme)) {
            throw refused("interchange.import.url.scheme");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("interchange.import.url.userInfo");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw refused("interchange.import.url.malformed");
        }
        return uri;
    }

    private static URI redirect(URI from, String location) {
        URI target;
        try {
            target = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw refused("interchange.import.url.malformed");
        }
        return parse(target.toString());
    }

    /**
     * Every address the host resolves to must be allowed: a name with one private address among public ones is not.
     * Answers the one the connection goes to.
     */
    private InetSocketAddress check(URI uri, Policy policy) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw refused("interchange.import.url.unknownHost", uri.getHost());
        }
        if (addresses == null || addresses.length == 0) {
            throw refused("interchange.import.url.unknownHost", uri.getHost());
        }
        for (InetAddress address : addresses) {
            if (!policy.endpoints().allows(address, port)) {
                throw refused("interchange.import.url.private", uri.getHost());
            }
        }
        return new InetSocketAddress(addresses[0], port);
    }

    /** A connection to the address checked, for the URI's name (see the class's comment). */
    private static HttpURLConnection open(URI uri, InetSocketAddress checked, long deadline) throws IOException {
        HttpURLConnection connection;
        if ("https".equalsIgnoreCase(uri.getScheme())) {
            HttpsURLConnection https = (HttpsURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            https.setSSLSocketFactory(new PinnedSockets(checked,
                    (SSLSocketFactory) SSLSocketFactory.getDefault()));
            connection = https;
        } else {
            // the checked address asked as a proxy is asked "GET http://name/path", which the origin serves itself
            connection = (HttpURLConnection) uri.toURL().openConnection(new Proxy(Proxy.Type.HTTP, checked));
        }
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        int remaining = remainingMillis(deadline);
        connection.setConnectTimeout(remaining);
        connection.setReadTimeout(remaining);
        connection.setRequestProperty("Accept", "application/xml, text/xml;q=0.9, */*;q=0.1");
        connection.setRequestProperty("User-Agent", "Vientro IATI import");
        return connection;
    }

    private static int status(HttpURLConnection connection, Policy policy) {
        try {
            return connection.getResponseCode();
        } catch (SocketTimeoutException e) {
            throw refused("interchange.import.url.timeout", policy.timeout().toSeconds());
        } catch (IOException e) {
            throw refused("interchange.import.url.unreachable", connection.getURL().getHost());
        }
    }

    private static int remainingMillis(long deadline) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw refused("interchange.import.url.timeout", 0);
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    /** The job's name for the file: the address without its query, cut to what the job keeps. */
    private static String name(URI uri) {
        String shown = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
        return shown.length() > 200 ? shown.substring(0, 200) : shown;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return isPublicV4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return false; // fc00::/7, unique local
        }
        boolean leadingZeros = true;
        for (int i = 0; i < 10; i++) {
            leadingZeros &= b[i] == 0;
        }
        if (leadingZeros) {
            return false; // IPv4-compatible or -mapped: a v4 address in disguise
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x02) {
            return isPublicV4(b[2] & 0xff, b[3] & 0xff, b[4] & 0xff); // 2002::/16, 6to4 carries a v4 address
        }
        if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return isPublicV4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff); // 64:ff9b::/96, NAT64
        }
        // 2001::/32 Teredo and 2001:db8::/32 documentation; the rest of the global unicast range 2000::/3 is public
        boolean teredoOrDocumentation = first == 0x20 && b[1] == 0x01 && (b[2] == 0 && b[3] == 0
                || (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8);
        return (first & 0xe0) == 0x20 && !teredoOrDocumentation;
    }

    private static boolean isPublicV4(int a, int b, int c) {
        return !(a == 0 || a == 10 || a == 127 || a >= 224                 // this network, private, loopback, multicast+
                || a == 100 && b >= 64 && b < 128                           // carrier-grade NAT
                || a == 169 && b == 254                                     // link-local, the metadata service
                || a == 172 && b >= 16 && b < 32 || a == 192 && b == 168    // private
                || a == 192 && b == 0 && (c == 0 || c == 2)                 // IETF protocol assignments, TEST-NET-1
                || a == 198 && (b == 18 || b == 19)                         // benchmarking
                || a == 198 && b == 51 && c == 100 || a == 203 && b == 0 && c == 113); // TEST-NET-2 and -3
    }

    private static ImportFileRefused refused(String key, Object... arguments) {
        return ImportFileRefused.at("url", key, arguments);
    }

    private static ImportFileRefused tooLarge(Policy policy) {
        return refused("interchange.import.url.tooLarge", Math.max(1, policy.maxBytes() / (1024 * 1024)));
    }

    /** The body within the size limit and the deadline; a read that outlasts the deadline ends the fetch. */
    private static final class Limited extends FilterInputStream {

        private final Policy policy;
        private final long deadline;
        private long count;

        Limited(InputStream in, Policy policy, long deadline) {
            super(in);
            this.policy = policy;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (System.nanoTime() > deadline) {
                throw refused("interchange.import.url.timeout", policy.timeout().toSeconds());
            }
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (SocketTimeoutException e) {
                throw refused("interchange.import.url.timeout", policy.timeout().toSeconds());
            }
            if (n > 0) {
                count += n;
                if (count > policy.maxBytes()) {
                    throw tooLarge(policy);
                }
            }
            return n;
        }
    }

    /**
     * TLS sockets for one fetch: the JDK's connection asks for an unconnected socket and connects it to the name;
     * this one connects to the address checked instead, and TLS is then layered on it for the name (server name
     * indication, and the certificate checked against the name by the connection, as usual).
     */
    static final class PinnedSockets extends SSLSocketFactory {

        private final InetSocketAddress checked;
        private final SSLSocketFactory tls;

        PinnedSockets(InetSocketAddress checked, SSLSocketFactory tls) {
            this.checked = checked;
            this.tls = tls;
        }

        /** A plain socket that connects to the address checked whatever it is asked to connect to. */
        @Override
        public Socket createSocket() {
            return new Socket() {
                @Override
                public void connect(SocketAddress endpoint, int timeout) throws IOException {
                    super.connect(checked, timeout);
                }
            };
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            return tls.createSocket(socket, host, port, autoClose);
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            Socket socket = createSocket();
            socket.connect(checked);
            return tls.createSocket(socket, host, port, true);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return createSocket(host, port);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return createSocket(host.getHostAddress(), port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return createSocket(address.getHostAddress(), port);
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return tls.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return tls.getSupportedCipherSuites();
        }
    }
}
