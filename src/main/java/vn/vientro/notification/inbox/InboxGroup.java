package vn.vientro.notification.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vientro.notification.InboxItem;

/**
 * The notices about one record (they share the link to it), newest first, so an item that was submitted, asked
 * about and answered shows once with its three notices instead of three scattered lines.
 *
 * @param link  the record's page, or null for notices about no page (each is a group of its own)
 * @param items newest first
 */
public record InboxGroup(@Nullable String link, List<InboxItem> items) {

    public static List<InboxGroup> of(List<InboxItem> newestFirst) {
        Map<String, List<InboxItem>> byLink = new LinkedHashMap<>();
        for (InboxItem item : newestFirst) {
            String key = item.link() == null ? "#" + item.id() : item.link();
            byLink.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        return byLink.values().stream().map(items -> new InboxGroup(items.get(0).link(), List.copyOf(items)))
                .toList();
    }

    public InboxItem latest() {
        return items.get(0);
    }

    public boolean unread() {
        return items.stream().anyMatch(InboxItem::unread);
    }

    /** The ids still unread, for "mark read" on the whole group. */
    public List<Long> unreadIds() {
        return items.stream().filter(InboxItem::unread).map(InboxItem::id).toList();
    }

    /**
     * The message key of the button that opens the record, worded as what the reader goes there to do ("Cho ý
     * kiến"); a category without its own wording opens the record.
     */
    public String actionKey() {
        return "notification.action." + latest().category();
    }
}
