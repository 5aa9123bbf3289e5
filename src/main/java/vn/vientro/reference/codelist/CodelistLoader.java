package vn.vientro.reference.codelist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.reference.CodelistsLoaded;
import vn.vientro.reference.dataset.BundledDatasets;

/**
 * Loads the bundled IATI codelists and Vientro's Vietnamese names for them. Batched SQL, not aggregates: thousands of
 * read-only rows replaced whole when the bundled files change.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CodelistLoader implements ApplicationRunner {

    static final List<String> LISTS = List.of("Sector", "SectorCategory", "Country", "Currency", "OrganisationType",
            "AidType", "FinanceType", "TransactionType", "ActivityStatus", "OrganisationRegistrationAgency",
            "OrganisationRole");
    private static final String DIR = "reference/iati/";
    private static final String NAMES_VI = DIR + "names-vi.csv";
    /** 2: announces each load ({@link CodelistsLoaded}), so a database loaded by version 1 loads once more. */
    private static final int LOADER_VERSION = 2;

    private final BundledDatasets datasets;
    private final JdbcTemplate jdbcTemplate;
    private final ApplicationEventPublisher events;

    CodelistLoader(BundledDatasets datasets, JdbcTemplate jdbcTemplate, ApplicationEventPublisher events) {
        this.datasets = datasets;
        this.jdbcTemplate = jdbcTemplate;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> resources = new ArrayList<>(LISTS.stream().map(list -> DIR + list + ".xml").toList());
        resources.add(NAMES_VI);
        datasets.ensureLoaded("iati-codelists", LOADER_VERSION, resources, this::load);
    }

    private int load(JdbcClient jdbc) {
        jdbc.sql("delete from reference.codelist_item").update();
        Map<String, String> vietnamese = vietnameseNames();
        List<Object[]> rows = new ArrayList<>();
        for (String list : LISTS) {
            for (Item item : read(list)) {
                String nameVi = vietnamese.get(list + ";" + item.code());
                rows.add(new Object[] {list, item.code(), item.name(), nameVi, item.description(), item.category(),
                        item.withdrawn(), String.join(" ", item.code(), item.name(), nameVi == null ? "" : nameVi)});
            }
        }
        jdbcTemplate.batchUpdate("""
                insert into reference.codelist_item (list, code, name_en, name_vi, description_en, category, withdrawn,
                    search_text) values (?, ?, ?, ?, ?, ?, ?, lower(f_unaccent(?)))
                """, rows);
        // in the load's transaction, so that the event publication registry hands it over once it commits
        events.publishEvent(new CodelistsLoaded(rows.size()));
        return rows.size();
    }

    record Item(String code, String name, String description, String category, boolean withdrawn) {
    }

    /** Streams one codelist file; DTDs and external entities are off (the files are ours, but XML is XML). */
    private static List<Item> read(String list) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Item> items = new ArrayList<>();
        try (InputStream in = new ClassPathResource(DIR + list + ".xml").getInputStream()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            ItemBuilder current = null;
            List<String> path = new ArrayList<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    path.add(xml.getLocalName());
                    if ("codelist-item".equals(xml.getLocalName())) {
                        current = new ItemBuilder("withdrawn".equals(xml.getAttributeValue(null, "status")));
                    } else if (current != null && "narrative".equals(xml.getLocalName())
                            && xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang") == null) {
                        current.narrative(path, xml.getElementText());
                        path.remove(path.size() - 1);
                    } else if (current != null && ("code".equals(xml.getLocalName())
                            || "category".equals(xml.getLocalName()))) {
                        current.field(xml.getLocalName(), xml.getElementText().trim());
                        path.remove(path.size() - 1);
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    if ("codelist-item".equals(xml.getLocalName()) && current != null) {
                        items.add(current.build());
                        current = null;
                    }
                    path.remove(path.size() - 1);
                }
            }
            xml.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot read codelist " + list, e);
        }
        return items;
    }

    private static final class ItemBuilder {
        private final boolean withdrawn;
        private String code = "";
        private String name = "";
        private String description;
        private String category;

        ItemBuilder(boolean withdrawn) {
            this.withdrawn = withdrawn;
        }

        void field(String element, String value) {
            if ("code".equals(element)) {
                code = value;
            } else {
                category = value;
            }
        }

        void narrative(List<String> path, String value) {
            String parent = path.size() >= 2 ? path.get(path.size() - 2) : "";
            if ("name".equals(parent) && name.isEmpty()) {
                name = value.trim();
            } else if ("description".equals(parent) && description == null) {
                description = value.trim();
            }
        }

        Item build() {
            return new Item(code, name, description, category, withdrawn);
        }
    }

    private static Map<String, String> vietnameseNames() {
        Map<String, String> names = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(NAMES_VI).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] cells = line.split(";", 3);
                names.put(cells[0] + ";" + cells[1], cells[2].trim());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
