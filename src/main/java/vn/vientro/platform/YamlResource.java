package vn.vientro.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Records kept in a YAML file on the classpath (reference vocabularies, demo data), bound like configuration:
 * kebab-case keys onto the components of a record, lists onto lists. Dates stay text (Spring Boot's loader does not
 * read YAML timestamps), so the record says how to read them.
 */
public final class YamlResource {

    private YamlResource() {
    }

    /** The records under the file's top-level key {@code root}. */
    public static <T> T read(String path, String root, Class<T> type) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(path, new ClassPathResource(path));
            return new Binder(ConfigurationPropertySources.from(sources)).bind(root, Bindable.of(type))
                    .orElseThrow(() -> new IllegalStateException(path + " has nothing under " + root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
