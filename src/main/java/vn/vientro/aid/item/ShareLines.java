package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.InvalidInputException;

/** Reads the form's one-per-line lists: {@code code percent}, {@code role; name}, {@code name; position; phone; e-mail}. */
final class ShareLines {

    private ShareLines() {
    }

    static List<SectorShare> sectors(String text) {
        List<SectorShare> shares = new ArrayList<>();
        for (String[] parts : codePercentLines(text, "sectors")) {
            shares.add(new SectorShare(parts[0], percent(parts[1], "sectors")));
        }
        return shares;
    }

    static List<LocationShare> locations(String text) {
        List<LocationShare> shares = new ArrayList<>();
        for (String[] parts : codePercentLines(text, "locations")) {
            shares.add(new LocationShare(parts[0], "", null, percent(parts[1], "locations")));
        }
        return shares;
    }

    static List<Party> parties(String text) {
        List<Party> parties = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split(";", 2);
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new InvalidInputException("parties", "aid.item.party.line", line);
            }
            try {
                parties.add(new Party(Party.PartyRole.valueOf(parts[0].strip().toUpperCase()), null, null,
                        parts[1].strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("parties", "aid.item.party.role", parts[0].strip());
            }
        }
        return parties;
    }

    static List<ItemContact> contacts(String text) {
        List<ItemContact> contacts = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split(";", -1);
            if (parts[0].isBlank()) {
                throw new InvalidInputException("contacts", "aid.item.contact.line", line);
            }
            contacts.add(new ItemContact(parts[0].strip(), part(parts, 1), part(parts, 2), part(parts, 3)));
        }
        return contacts;
    }

    private static List<String[]> codePercentLines(String text, String field) {
        List<String[]> result = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split("[\\s:;,]+");
            if (parts.length != 2) {
                throw new InvalidInputException(field, "aid.item.share.line", line);
            }
            result.add(new String[] {parts[0], parts[1].replace("%", "")});
        }
        return result;
    }

    private static BigDecimal percent(String text, String field) {
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "aid.item.share.line", text);
        }
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static @Nullable String part(String[] parts, int index) {
        return parts.length > index && !parts[index].isBlank() ? parts[index].strip() : null;
    }
}
