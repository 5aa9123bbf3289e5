package vn.vientro.portal.site;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import vn.vientro.aid.AidItemCorrected;
import vn.vientro.aid.AidItemDescribed;
import vn.vientro.aid.AidItemMoved;
import vn.vientro.aid.AidMoneyChanged;
import vn.vientro.aid.AidResultsChanged;
import vn.vientro.mobilisation.BulletinChanged;
import vn.vientro.mobilisation.NeedAttached;
import vn.vientro.mobilisation.NeedMoved;
import vn.vientro.portal.procedures.ProcedureChanged;

/**
 * What the portal shows changes only when a publication does: a need moves in its workflow (published, funded,
 * withdrawn, its catalogue approved), an aid item moves (approved, refused, completed...) or its description changes
 * (with it the groups the focal point made public) or its money does. A counter bumped by that event names the current state of the publications;
 * it gives public pages their ETag (with the start of this process, so a restart never repeats one, and the day, so
 * a page's form stamp is never older than a day or two) and keeps the read models cached until it moves.
 */
@Component
public class Publications {

    /** A browser or proxy may reuse a public page for a minute, then asks again with its ETag. */
    private static final String CACHE_CONTROL = "public, max-age=60";
    /** Enough for every filter people use; a crawler trying every combination reads past the cache, not into memory. */
    private static final int MAX_CACHED = 2_000;

    private final String started = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong version = new AtomicLong();
    private final Map<Object, Object> cache = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile long cachedVersion;

    Publications(Clock clock) {
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NeedMoved moved) {
        changed();
    }

    /** A published need's new photo shows at once. */
    @ApplicationModuleListener
    void on(NeedAttached attached) {
        changed();
    }

    @ApplicationModuleListener
    void on(AidItemMoved moved) {
        changed();
    }

    @ApplicationModuleListener
    void on(AidItemDescribed described) {
        changed();
    }

    @ApplicationModuleListener
    void on(AidItemCorrected corrected) {
        changed();
    }

    @ApplicationModuleListener
    void on(AidMoneyChanged money) {
        changed();
    }

    /** An entry of the foreign-affairs bulletin was published, rewritten or withdrawn. */
    @ApplicationModuleListener
    void on(BulletinChanged bulletin) {
        changed();
    }

    /** The focal point rewrote a procedure's page or changed its forms. */
    @ApplicationModuleListener
    void on(ProcedureChanged procedure) {
        changed();
    }

    /** A published item's page shows its results as reported. */
    @ApplicationModuleListener
    void on(AidResultsChanged results) {
        changed();
    }

    /** Something published changed: pages get a new ETag, and read models are read again. */
    public void changed() {
        version.incrementAndGet();
    }

    public String etag(PortalLanguage language) {
        return "\"" + started + "-" + version.get() + "-" + LocalDate.now(clock) + "-" + language.code() + "\"";
    }

    /**
     * Marks the answer cacheable by anyone and tells whether the browser's copy is current, in which case the caller
     * answers nothing more (a 304).
     */
    public boolean notModified(WebRequest request, HttpServletResponse response, PortalLanguage language) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        return request.checkNotModified(etag(language));
    }

    /** A read model as of the current publications, read once until they change. */
    @SuppressWarnings("unchecked")
    public <T> T cached(Object key, Supplier<T> read) {
        long current = version.get();
        if (current != cachedVersion) {
            cache.clear();
            cachedVersion = current;
        }
        Object found = cache.get(key);
        if (found != null) {
            return (T) found;
        }
        T value = read.get();
        // read while a publication changed: serve it, but do not keep it for the next reader
        if (version.get() == current && cache.size() < MAX_CACHED) {
            cache.put(key, value);
        }
        return value;
    }
}
