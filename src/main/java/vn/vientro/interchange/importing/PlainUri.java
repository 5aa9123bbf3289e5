package vn.vientro.interchange.importing;

/**
 * The plainest {@code xsd:anyURI} values: {@code http://} or {@code https://}, a host name of letters, digits and
 * inner hyphens (its last label starting with a letter, so never taken for an IPv4 address), no user, no port; then a
 * path, a query and a fragment of RFC 2396's unreserved and reserved characters and well-formed {@code %XX} escapes,
 * without {@code ! * ' ( )}, without a second {@code ?} or {@code #}; or a plain relative path (see
 * {@link #relative}). Everything else (other schemes, ports, spaces, brackets, non-ASCII letters, which Xerces escapes
 * and then judges) is left to the validator.
 */
final class PlainUri {

    private PlainUri() {
    }

    static boolean plain(CharSequence s) {
        int n = s.length();
        int at;
        if (startsWith(s, "https://")) {
            at = 8;
        } else if (startsWith(s, "http://")) {
            at = 7;
        } else {
            return relative(s);
        }
        int hostEnd = at;
        while (hostEnd < n && s.charAt(hostEnd) != '/' && s.charAt(hostEnd) != '?' && s.charAt(hostEnd) != '#') {
            hostEnd++;
        }
        if (!host(s, at, hostEnd)) {
            return false;
        }
        at = hostEnd;
        boolean query = false;
        boolean fragment = false;
        while (at < n) {
            char c = s.charAt(at);
            if (c == '?') {
                if (query || fragment) {
                    return false;
                }
                query = true;
            } else if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            } else if (c == '%') {
                if (at + 2 >= n || !hex(s.charAt(at + 1)) || !hex(s.charAt(at + 2))) {
                    return false;
                }
                at += 2;
            } else if (!safe(c)) {
                return false;
            }
            at++;
        }
        return true;
    }

    /**
     * A relative path of unreserved characters, slashes and {@code %XX} escapes, not starting with a slash (so never
     * an authority), without a colon (so never taken for a scheme), a query or a fragment: IATI's own tests use them.
     */
    private static boolean relative(CharSequence s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == '/') {
            return false;
        }
        for (int at = 0; at < n; at++) {
            char c = s.charAt(at);
            if (c == '%') {
                if (at + 2 >= n || !hex(s.charAt(at + 1)) || !hex(s.charAt(at + 2))) {
                    return false;
                }
                at += 2;
            } else if (!(letter(c) || digit(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    /** Labels of letters, digits and inner hyphens, 1 to 63 long, dot-separated; the last starting with a letter. */
    private static boolean host(CharSequence s, int from, int to) {
        if (to == from || to - from > 253) {
            return false;
        }
        int label = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '.') {
                int length = i - label;
                if (length < 1 || length > 63 || s.charAt(label) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                if (i == to && !letter(s.charAt(label))) {
                    return false;
                }
                label = i + 1;
            } else {
                char c = s.charAt(i);
                if (!(letter(c) || digit(c) || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean safe(char c) {
        return letter(c) || digit(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/' || c == ';'
                || c == ':' || c == '@' || c == '&' || c == '=' || c == '+' || c == '$' || c == ',';
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hex(char c) {
        return digit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean startsWith(CharSequence s, String prefix) {
        if (s.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
