package vn.vientro.interchange.importing;

/**
 * The simple types of the IATI 2.03 schema, each answered by its plainest lexical forms only: a value said valid here
 * is valid for the XML Schema type (Xerces' verdict), but many valid values are not said valid (a date with a
 * timezone, a decimal with a plus sign or white space around it, a relative URI...). Those go to the schema validator,
 * which decides. So nothing here may ever be more lenient than the XSD; stricter is always allowed.
 */
enum PlainValues {

    /** Any characters: {@code xsd:string} has no lexical constraint beyond XML's, which the parser enforced. */
    STRING,
    DATE,
    DATE_TIME,
    DECIMAL,
    BOOLEAN,
    ANY_URI,
    INT,
    POSITIVE_INTEGER,
    NON_NEGATIVE_INTEGER,
    NMTOKEN,
    /** {@code xml:lang}: the union of {@code xsd:language} and {@code ""}, taken as {@code xsd:language} alone. */
    LANGUAGE;

    /** The type a built-in XSD type name stands for; anything else is refused, loudly. */
    static PlainValues builtIn(String local) {
        return switch (local) {
            case "string" -> STRING;
            case "date" -> DATE;
            case "dateTime" -> DATE_TIME;
            case "decimal" -> DECIMAL;
            case "boolean" -> BOOLEAN;
            case "anyURI" -> ANY_URI;
            case "int" -> INT;
            case "positiveInteger" -> POSITIVE_INTEGER;
            case "nonNegativeInteger" -> NON_NEGATIVE_INTEGER;
            case "NMTOKEN" -> NMTOKEN;
            default -> throw new IllegalStateException("the schema pre-check does not know xsd:" + local);
        };
    }

    /** Whether {@code value} is certainly valid for the type (false: not valid, or not plain enough to be sure). */
    boolean plainlyValid(CharSequence value) {
        return switch (this) {
            case STRING -> true;
            case DATE -> value.length() == 10 && date(value, 0);
            case DATE_TIME -> dateTime(value);
            case DECIMAL -> decimal(value);
            case BOOLEAN -> bool(value);
            case ANY_URI -> PlainUri.plain(value);
            case INT -> integer(value, true, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case POSITIVE_INTEGER -> integer(value, false, 1, Long.MAX_VALUE);
            case NON_NEGATIVE_INTEGER -> integer(value, false, 0, Long.MAX_VALUE);
            case NMTOKEN -> nmtoken(value);
            case LANGUAGE -> language(value);
        };
    }

    /** {@code yyyy-mm-dd} at {@code at}: four digits (0001 or later), a real calendar day; no sign, no timezone. */
    private static boolean date(CharSequence s, int at) {
        if (s.length() < at + 10 || s.charAt(at + 4) != '-' || s.charAt(at + 7) != '-') {
            return false;
        }
        int year = digits(s, at, 4);
        int month = digits(s, at + 5, 2);
        int day = digits(s, at + 8, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= daysIn(year, month);
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * {@code yyyy-mm-ddThh:mm:ss}, optional fraction of at least one digit, then optionally {@code Z} or
     * {@code ±hh:mm} (hours up to 13: the edge, 14:00, is left to the validator); hours 00-23 (24:00:00 left too).
     */
    private static boolean dateTime(CharSequence s) {
        int n = s.length();
        if (n < 19 || !date(s, 0) || s.charAt(10) != 'T' || !clock(s, 11, 23) || s.charAt(16) != ':') {
            return false;
        }
        int seconds = digits(s, 17, 2);
        if (seconds < 0 || seconds > 59) {
            return false;
        }
        int at = 19;
        if (at < n && s.charAt(at) == '.') {
            int start = ++at;
            while (at < n && isDigit(s.charAt(at))) {
                at++;
            }
            if (at == start) {
                return false;
            }
        }
        if (at == n) {
            return true;
        }
        char zone = s.charAt(at);
        if (zone == 'Z') {
            return at + 1 == n;
        }
        return (zone == '+' || zone == '-') && at + 6 == n && clock(s, at + 1, 13);
    }

    /** {@code hh:mm} at {@code at}, hours 00 to {@code maxHour}, minutes 00-59. */
    private static boolean clock(CharSequence s, int at, int maxHour) {
        if (s.length() < at + 5 || s.charAt(at + 2) != ':') {
            return false;
        }
        int hour = digits(s, at, 2);
        int minute = digits(s, at + 3, 2);
        return hour >= 0 && hour <= maxHour && minute >= 0 && minute <= 59;
    }

    /** The number written by {@code count} ASCII digits at {@code at}; -1 when one is not a digit. */
    private static int digits(CharSequence s, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code -?\d+(\.\d+)?}: no plus sign, no exponent, no bare point, no white space. */
    private static boolean decimal(CharSequence s) {
        int n = s.length();
        int at = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        int start = at;
        while (at < n && isDigit(s.charAt(at))) {
            at++;
        }
        if (at == start) {
            return false;
        }
        if (at == n) {
            return true;
        }
        if (s.charAt(at) != '.') {
            return false;
        }
        int fraction = ++at;
        while (at < n && isDigit(s.charAt(at))) {
            at++;
        }
        return at > fraction && at == n;
    }

    private static boolean bool(CharSequence s) {
        String value = s.toString();
        return "true".equals(value) || "false".equals(value) || "1".equals(value) || "0".equals(value);
    }

    /** Digits only (a minus sign first when {@code signed}), at most 18 of them, the value within the bounds. */
    private static boolean integer(CharSequence s, boolean signed, long min, long max) {
        int n = s.length();
        int at = signed && n > 0 && s.charAt(0) == '-' ? 1 : 0;
        if (n == at || n - at > 18) {
            return false;
        }
        long value = 0;
        for (int i = at; i < n; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        if (at == 1) {
            value = -value;
        }
        return value >= min && value <= max;
    }

    /** ASCII name characters only (letters, digits, {@code . - _ :}), at least one. */
    private static boolean nmtoken(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '-' || c == '_'
                    || c == ':')) {
                return false;
            }
        }
        return true;
    }

    /** {@code [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*}, the pattern of {@code xsd:language}, with no white space. */
    private static boolean language(CharSequence s) {
        int n = s.length();
        int at = 0;
        boolean first = true;
        while (true) {
            int start = at;
            while (at < n && at - start < 9) {
                char c = s.charAt(at);
                boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
                if (!(letter || !first && isDigit(c))) {
                    break;
                }
                at++;
            }
            int length = at - start;
            if (length < 1 || length > 8) {
                return false;
            }
            if (at == n) {
                return true;
            }
            if (s.charAt(at) != '-') {
                return false;
            }
            at++;
            first = false;
        }
    }
}
