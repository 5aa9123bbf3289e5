package vn.vientro.interchange.importing;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * What an activity says that the province keeps, read from its text as written (IATI's names and codes, not yet
 * ours): read leniently, so an activity the schema refused still shows its identifier and title in the report.
 * Narratives are keyed by language ({@code ""} when the narrative and the file give none).
 */
public record ActivityFacts(@Nullable String identifier, @Nullable String defaultLanguage,
                            @Nullable String defaultCurrency, @Nullable Org reportingOrg, Map<String, String> title,
                            Map<String, Map<String, String>> descriptions, List<Org> participants,
                            @Nullable String status, Map<String, String> dates, @Nullable String defaultAidType,
                            @Nullable String defaultFinanceType, List<Sector> sectors, List<Share> countries,
                            List<Place> locations, List<Amount> budgets, List<Transaction> transactions) {

    /** An organisation as the activity names it; {@code role} only for participants. */
    public record Org(@Nullable String role, @Nullable String ref, @Nullable String type, @Nullable String name) {
    }

    public record Sector(@Nullable String vocabulary, String code, @Nullable BigDecimal percentage) {
    }

    public record Share(String code, @Nullable BigDecimal percentage) {
    }

    /** A location: its name and the administrative codes given, as {@code vocabulary/level/code}. */
    public record Place(@Nullable String name, List<String> administrative) {
    }

    public record Amount(BigDecimal value, @Nullable String currency, @Nullable String valueDate,
                         @Nullable String periodStart, @Nullable String periodEnd) {
    }

    public record Transaction(@Nullable String type, @Nullable String date, @Nullable BigDecimal value,
                              @Nullable String currency, @Nullable String valueDate,
                              @Nullable String financeType, @Nullable String aidType) {
    }

    private static final XMLInputFactory FACTORY = factory();
    private static final int MAX_ITEMS = 500;

    /** The title in the given language, else any. */
    public @Nullable String title(String language) {
        return pick(title, language);
    }

    static @Nullable String pick(Map<String, String> narratives, String language) {
        String text = narratives.get(language);
        return text != null ? text : narratives.values().stream().findFirst().orElse(null);
    }

    /**
     * Reads the activity, alone or wrapped in the file's root tag; text it cannot read at all (it was cut in the
     * middle) gives what came before.
     */
    static ActivityFacts read(String activityText) {
        RecordedActivity events = new RecordedActivity(1, 1);
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(activityText));
            while (reader.hasNext()) {
                events.record(reader, reader.next());
            }
        } catch (XMLStreamException | RuntimeException e) { // lenient by design: keep what was read
            return read(events, null);
        }
        return read(events, null);
    }

    /** Reads a recorded activity; inside a file's root element, whose {@code xml:lang} it inherits, if any. */
    static ActivityFacts read(RecordedActivity events, @Nullable String rootLanguage) {
        Reading reading = rootLanguage == null ? new Reading() : new Reading(rootLanguage);
        events.rewind();
        try {
            for (byte kind = events.next(); kind != 0; kind = events.next()) {
                switch (kind) {
                    case RecordedActivity.START -> reading.start(events);
                    case RecordedActivity.END -> reading.end();
                    default -> reading.text(events);
                }
            }
        } catch (RuntimeException e) { // lenient by design: keep what was read
            return reading.facts();
        }
        return reading.facts();
    }

    /**
     * The parse state: the path of open elements, the text of the innermost, what the current parent holds. Fed by
     * an activity's recorded events, inside the file's root element ({@link #Reading(String)}) or alone.
     */
    private static final class Reading {
        final Deque<String> path = new ArrayDeque<>();
        int skip;
        @Nullable String orgName;
        final Deque<String> languages = new ArrayDeque<>();
        /**
         * The text since the innermost start or end tag: one recorded run (the recording joins a run's pieces), read
         * in place; {@code more} only should two runs ever follow each other.
         */
        char @Nullable [] textChars;
        int textFrom;
        int textLength;
        final StringBuilder more = new StringBuilder();
        @Nullable String identifier;
        @Nullable String defaultLanguage;
        @Nullable String defaultCurrency;
        @Nullable Org reporting;
        final Map<String, String> title = new LinkedHashMap<>();
        final Map<String, Map<String, String>> descriptions = new LinkedHashMap<>();
        final List<Org> participants = new ArrayList<>();
        @Nullable String status;
        final Map<String, String> dates = new LinkedHashMap<>();
        @Nullable String aidType;
        @Nullable String financeType;
        final List<Sector> sectors = new ArrayList<>();
        final List<Share> countries = new ArrayList<>();
        final List<Place> locations = new ArrayList<>();
        final List<Amount> budgets = new ArrayList<>();
        final List<Transaction> transactions = new ArrayList<>();
        // the element being read that gathers children
        @Nullable String orgRole;
        @Nullable String orgRef;
        @Nullable String orgType;
        @Nullable String descriptionType;
        @Nullable String placeName;
        List<String> placeCodes = new ArrayList<>();
        Map<String, @Nullable String> money = new LinkedHashMap<>();

        Reading() {
        }

        /** For an activity read inside the file's root element, whose {@code xml:lang} it inherits. */
        Reading(String rootLanguage) {
            path.push(ActivityStream.ROOT);
            languages.push(rootLanguage);
            skip = 1;
        }

        /** The cursor is on text inside the element read. */
        void text(RecordedActivity r) {
            if (textChars == null && more.isEmpty()) {
                textChars = r.textCharacters();
                textFrom = r.textStart();
                textLength = r.textLength();
                return;
            }
            if (textChars != null) {
                more.append(textChars, textFrom, textLength);
                textChars = null;
            }
            more.append(r.textCharacters(), r.textStart(), r.textLength());
        }

        void start(RecordedActivity r) {
            String name = r.localName();
            String parent = path.peek();
            path.push(name);
            String lang = r.attributeCount() == 0 ? null : r.attributeValue(XMLConstants.XML_NS_URI, "lang");
            languages.push(lang != null ? lang.strip().toLowerCase(java.util.Locale.ROOT) : languages.isEmpty() ? "" : languages.peek());
            clearText();
            if (path.size() == 1 && ActivityStream.ROOT.equals(name)) {
                skip = 1; // wrapped in the file's root tag, for its namespaces and default language
                return;
            }
            int depth = path.size() - skip;
            if (depth == 1) {
                defaultLanguage = languages.peek().isEmpty() ? null : languages.peek();
                defaultCurrency = attr(r, null, "default-currency");
                return;
            }
            switch (name) {
                case "reporting-org", "participating-org" -> {
                    orgRole = attr(r, null, "role");
                    orgRef = attr(r, null, "ref");
                    orgType = attr(r, null, "type");
                }
                case "description" -> descriptionType = depth == 2
                        ? java.util.Objects.requireNonNullElse(attr(r, null, "type"), "1") : null;
                case "activity-status" -> status = depth == 2 ? attr(r, null, "code") : status;
                case "activity-date" -> {
                    String type = attr(r, null, "type");
                    String date = attr(r, null, "iso-date");
                    if (depth == 2 && type != null && date != null) {
                        dates.putIfAbsent(type, date);
                    }
                }
                case "default-aid-type" -> aidType = depth == 2 && aidType == null ? attr(r, null, "code") : aidType;
                case "default-finance-type" -> financeType = depth == 2 ? attr(r, null, "code") : financeType;
                case "sector" -> {
                    String code = attr(r, null, "code");
                    if (depth == 2 && code != null && sectors.size() < MAX_ITEMS) {
                        sectors.add(new Sector(attr(r, null, "vocabulary"), code, decimal(attr(r, null, "percentage"))));
                    }
                }
                case "recipient-country" -> {
                    String code = attr(r, null, "code");
                    if (depth == 2 && code != null && countries.size() < MAX_ITEMS) {
                        countries.add(new Share(code, decimal(attr(r, null, "percentage"))));
                    }
                }
                case "location" -> {
                    placeName = null;
                    placeCodes = new ArrayList<>();
                }
                case "administrative" -> {
                    String code = attr(r, null, "code");
                    if ("location".equals(parent) && code != null) {
                        placeCodes.add(attr(r, null, "vocabulary") + "/" + attr(r, null, "level") + "/" + code);
                    }
                }
                case "budget", "transaction" -> money = new LinkedHashMap<>();
                case "period-start", "period-end", "transaction-date" -> money.put(name, attr(r, null, "iso-date"));
                case "transaction-type", "finance-type", "aid-type" -> {
                    if ("transaction".equals(parent)) {
                        money.putIfAbsent(name, attr(r, null, "code"));
                    }
                }
                case "value" -> {
                    money.put("currency", attr(r, null, "currency"));
                    money.put("value-date", attr(r, null, "value-date"));
                }
                default -> { }
            }
        }

        void end() {
            String name = path.pop();
            String parent = path.peek();
            String lang = languages.pop();
            int depth = path.size() + 1 - skip;
            switch (name) {
                case "iati-identifier" -> {
                    String content = content();
                    identifier = depth == 2 && !content.isEmpty() ? content : identifier;
                }
                case "narrative" -> narrative(parent, lang, content());
                case "reporting-org" -> reporting = depth == 2 ? new Org(null, orgRef, orgType, orgName) : reporting;
                case "participating-org" -> {
                    if (depth == 2 && participants.size() < MAX_ITEMS) {
                        participants.add(new Org(orgRole, orgRef, orgType, orgName));
                    }
                }
                case "location" -> {
                    if (depth == 2 && locations.size() < MAX_ITEMS) {
                        locations.add(new Place(placeName, List.copyOf(placeCodes)));
                    }
                }
                case "value" -> money.put("value", content());
                case "budget" -> {
                    BigDecimal value = decimal(money.get("value"));
                    if (depth == 2 && value != null && budgets.size() < MAX_ITEMS) {
                        budgets.add(new Amount(value, money.get("currency"), money.get("value-date"),
                                money.get("period-start"), money.get("period-end")));
                    }
                }
                case "transaction" -> {
                    if (depth == 2 && transactions.size() < MAX_ITEMS) {
                        transactions.add(new Transaction(money.get("transaction-type"), money.get("transaction-date"),
                                decimal(money.get("value")), money.get("currency"), money.get("value-date"),
                                money.get("finance-type"), money.get("aid-type")));
                    }
                }
                default -> { }
            }
            if ("reporting-org".equals(name) || "participating-org".equals(name)) {
                orgName = null;
            }
            clearText();
        }

        private void clearText() {
            textChars = null;
            if (!more.isEmpty()) {
                more.setLength(0);
            }
        }

        /** The element's text without the white space around it. */
        private String content() {
            char[] chars = textChars;
            if (chars == null) {
                if (more.isEmpty()) {
                    return "";
                }
                chars = more.toString().toCharArray();
                textFrom = 0;
                textLength = chars.length;
            }
            int from = textFrom;
            int to = textFrom + textLength;
            while (from < to && Character.isWhitespace(chars[from])) {
                from++;
            }
            while (to > from && Character.isWhitespace(chars[to - 1])) {
                to--;
            }
            return from == to ? "" : new String(chars, from, to - from);
        }


        private void narrative(@Nullable String parent, String lang, String content) {
            if (content.isEmpty() || parent == null) {
                return;
            }
            int depth = path.size() - skip; // the parent's depth
            switch (parent) {
                case "title" -> {
                    if (depth == 2) {
                        title.putIfAbsent(lang, content);
                    }
                }
                case "description" -> {
                    if (depth == 2 && descriptionType != null) {
                        descriptions.computeIfAbsent(descriptionType, t -> new LinkedHashMap<>())
                                .putIfAbsent(lang, content);
                    }
                }
                case "reporting-org", "participating-org" -> orgName = orgName == null ? content : orgName;
                case "name" -> placeName = "location".equals(path.stream().skip(1).findFirst().orElse(null))
                        && placeName == null ? content : placeName;
                default -> { }
            }
        }

        ActivityFacts facts() {
            return new ActivityFacts(identifier, defaultLanguage, defaultCurrency, reporting, title, descriptions,
                    participants, status, dates, aidType, financeType, sectors, countries, locations, budgets,
                    transactions);
        }
    }

    private static @Nullable String attr(RecordedActivity r, @Nullable String namespace, String name) {
        String value = r.attributeValue(namespace, name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!Character.isWhitespace(value.charAt(0)) && !Character.isWhitespace(value.charAt(value.length() - 1))) {
            return value; // the usual: nothing to strip, not blank (what the two scans below would say)
        }
        return value.isBlank() ? null : value.strip();
    }

    private static @Nullable BigDecimal decimal(@Nullable String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static XMLInputFactory factory() {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
