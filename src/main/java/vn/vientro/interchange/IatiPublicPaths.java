package vn.vientro.interchange;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.PublicPaths;

/** The open-data files are public: anyone (IATI's registry, d-portal, a journalist) reads them without signing in. */
@Component
class IatiPublicPaths implements PublicPaths {

    @Override
    public List<String> anonymousReadable() {
        return List.of(IatiApiController.ACTIVITIES, IatiApiController.ORGANISATION);
    }
}
