package vn.vientro.platform;

import java.util.List;

/**
 * Paths anonymous visitors may read (GET), declared by the module that serves them, such as the public portal or
 * reference data. Everything not declared requires sign-in.
 */
@FunctionalInterface
public interface PublicPaths {

    List<String> anonymousReadable();
}
