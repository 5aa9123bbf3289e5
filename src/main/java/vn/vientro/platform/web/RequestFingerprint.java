package vn.vientro.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What makes a retry "the same request" for an {@code Idempotency-Key}: its method, path, query string, media type and
 * body, hashed with SHA-256. A multipart body counts by its parts (name, file name, type, content), not by its bytes,
 * whose boundary an HTTP client draws anew for each attempt; a form counts by its parameters.
 *
 * @param request     the request to pass on, its body readable again
 * @param fingerprint the hash, in hexadecimal
 */
record RequestFingerprint(HttpServletRequest request, String fingerprint) {

    /** Far above any JSON body of this API: a body read into memory to be hashed must have a bound. */
    static final int MAX_BODY = 10 * 1024 * 1024;

    private static final String MULTIPART = "multipart/form-data";
    private static final String FORM = "application/x-www-form-urlencoded";

    /**
     * Whether the container can read the request's body as this class does: a multipart body it cannot parse (too
     * large, cut short) can be accepted by no handler, and the application answers it from the failure the container
     * keeps, as it would without a key.
     */
    static boolean readable(HttpServletRequest request) {
        if (!mediaType(request.getContentType()).equals(MULTIPART)) {
            return true;
        }
        try {
            request.getParts();
            return true;
        } catch (IOException | IllegalStateException | ServletException unparsable) {
            return false;
        }
    }

    /** Reads the request; empty when its body is larger than {@link #MAX_BODY}. */
    static Optional<RequestFingerprint> of(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        String mediaType = mediaType(request.getContentType());
        for (String part : new String[] {request.getMethod(), request.getRequestURI(),
                Objects.toString(request.getQueryString(), ""), mediaType}) {
            field(digest, part);
        }
        Optional<HttpServletRequest> passedOn = switch (mediaType) {
            case MULTIPART -> {
                parts(digest, request);
                yield Optional.of(request);
            }
            case FORM -> {
                parameters(digest, request);
                yield Optional.of(request);
            }
            default -> body(digest, request);
        };
        return passedOn.map(readable -> new RequestFingerprint(readable, HexFormat.of().formatHex(digest.digest())));
    }

    private static void parts(MessageDigest digest, HttpServletRequest request) throws IOException, ServletException {
        for (Part part : request.getParts()) {
            field(digest, part.getName());
            field(digest, Objects.toString(part.getSubmittedFileName(), ""));
            field(digest, Objects.toString(part.getContentType(), ""));
            // streamed: an uploaded file may be far larger than the memory a request should take
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(part.getSize()).array());
            try (InputStream content = new DigestInputStream(part.getInputStream(), digest)) {
                content.transferTo(OutputStream.nullOutputStream());
            }
        }
    }

    /** The container reads a form's body itself: its parameters, in a fixed order, stand for it. */
    private static void parameters(MessageDigest digest, HttpServletRequest request) {
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            field(digest, name);
            for (String value : values) {
                field(digest, value);
            }
        });
    }

    private static Optional<HttpServletRequest> body(MessageDigest digest, HttpServletRequest request)
            throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return Optional.empty();
        }
        field(digest, body);
        return Optional.of(new BodyReplay(request, body));
    }

    private static String mediaType(@Nullable String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    /** Each field is preceded by its length, so that no two different requests hash the same bytes. */
    private static void field(MessageDigest digest, String value) {
        field(digest, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        digest.update(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The request with the body that was read to be hashed, handed to the application as if it were unread. */
    private static final class BodyReplay extends HttpServletRequestWrapper {

        private final byte[] body;

        BodyReplay(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream content = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return content.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already: no asynchronous reading");
                }

                @Override
                public int read() {
                    return content.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return content.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
