package vn.vientro.platform;

import java.sql.SQLException;
import java.util.List;
import org.postgresql.util.PGobject;
import org.springframework.data.convert.ConverterBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A value an aggregate keeps in a {@code jsonb} column, written and read with Jackson: a module declares a bean of
 * this type for each such value type ({@code new JsonColumn<>(AidItemDetails.class)}), and Spring Data JDBC maps the
 * property like any other column.
 */
public record JsonColumn<T>(Class<T> type) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The writing and the reading converter, for Spring Data JDBC's conversions. */
    public List<Object> converters() {
        return List.of(ConverterBuilder.writing(type, PGobject.class, this::write).andReading(this::read));
    }

    private PGobject write(T value) {
        PGobject json = new PGobject();
        json.setType("jsonb");
        try {
            json.setValue(JSON.writeValueAsString(value));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return json;
    }

    private T read(PGobject json) {
        return JSON.readValue(json.getValue(), type);
    }
}
