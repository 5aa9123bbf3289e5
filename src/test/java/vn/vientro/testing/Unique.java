package vn.vientro.testing;

import java.util.concurrent.atomic.AtomicInteger;

/** Numbers for the names test builders give, so that no two tests share an agency, a user or an organisation. */
public final class Unique {

    private static final AtomicInteger LAST = new AtomicInteger();

    private Unique() {
    }

    public static int number() {
        return LAST.incrementAndGet();
    }
}
