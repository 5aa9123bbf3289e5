package vn.vientro.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo profile's records, kept in YAML under {@code demo/<module>/} beside the other texts, so that the Java keeps
 * only the steps that create them through the services. A file binds like configuration: kebab-case keys onto the
 * components of a record, lists onto lists.
 */
public final class DemoFile {

    private DemoFile() {
    }

    public static <T> T read(String path, Class<T> type) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(path, new ClassPathResource(path));
            return new Binder(ConfigurationPropertySources.from(sources)).bind("demo", Bindable.of(type))
                    .orElseThrow(() -> new IllegalStateException(path + " has no demo records"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A day written as a date ({@code 2024-04-01}) or as a period from today ({@code -P2D}, {@code P-3Y26D}), so that
     * papers expire soon and dossiers wait whatever the day the demo starts.
     */
    public static LocalDate day(String text, LocalDate today) {
        return text.startsWith("P") || text.startsWith("-P") ? today.plus(Period.parse(text)) : LocalDate.parse(text);
    }
}
