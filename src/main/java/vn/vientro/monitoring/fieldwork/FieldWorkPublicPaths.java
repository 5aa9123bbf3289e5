package vn.vientro.monitoring.fieldwork;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.PublicPaths;

/**
 * The field work's service worker is served from the root so that it may control the inspection pages; the browser
 * checks it for updates whether or not anyone is signed in, and it holds nothing but code.
 */
@Component
class FieldWorkPublicPaths implements PublicPaths {

    static final String SERVICE_WORKER = "/monitoring-fieldwork-sw.js";

    @Override
    public List<String> anonymousReadable() {
        return List.of(SERVICE_WORKER);
    }
}
