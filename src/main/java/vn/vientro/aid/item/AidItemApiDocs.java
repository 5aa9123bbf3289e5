package vn.vientro.aid.item;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.shared.TextLength;

/**
 * Documents the item's description in the OpenAPI document from {@link ItemDescription} itself: the schema
 * {@code AidItemDescription} lists every field with its type, label, length and IATI path, so a field added to the
 * description is documented with it. The operations that take a description ({@code JsonNode} bodies) refer to it.
 */
@Component
class AidItemApiDocs implements OpenApiCustomizer {

    static final String SCHEMA = "AidItemDescription";

    private final MessageSource messages;

    AidItemApiDocs(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(SCHEMA, description());
        describe(openApi, "/api/v1/aid-items", PathItem::getPost, false);
        describe(openApi, "/api/v1/aid-items/{itemId}", PathItem::getPut, true);
        PathItem amendments = openApi.getPaths().get("/api/v1/aid-items/{itemId}/amendments");
        if (amendments != null && amendments.getPost() != null) {
            body(amendments.getPost(), new ObjectSchema()
                    .addProperty("version", new IntegerSchema().format("int64")
                            .description("The item's version the request is based on"))
                    .addProperty("reason", new StringSchema().maxLength(4000))
                    .addProperty("proposed", new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
        }
    }

    private void describe(OpenAPI openApi, String path, java.util.function.Function<PathItem, Operation> method,
                          boolean versioned) {
        PathItem item = openApi.getPaths().get(path);
        if (item == null || method.apply(item) == null) {
            return;
        }
        Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + SCHEMA);
        if (versioned) {
            schema = new ObjectSchema().allOf(java.util.List.of(schema, new ObjectSchema()
                    .addProperty("version", new IntegerSchema().format("int64")
                            .description("The item's version the caller read"))
                    .addProperty("reason", new StringSchema().maxLength(TextLength.TEXT).description(
                            "Why a submitted dossier is corrected: required for a correction during appraisal"))));
            procedure(method.apply(item));
        }
        body(method.apply(item), schema);
    }

    /** A submitted dossier changes only through the procedure: who may change it when, and the answers otherwise. */
    private static void procedure(Operation operation) {
        operation.setDescription("Changes the item's description as its state allows. The aid owner's side changes it "
                + "before submission and while it is returned for supplement (RETURNED). During appraisal (SUBMITTED, "
                + "UNDER_APPRAISAL) the focal point and the appraisal lead correct it, with a written reason: the "
                + "timeline records the changed fields and the aid owner is notified. In any other state, or for "
                + "anyone else, the answer is 409 /problems/dossier-locked (after approval /problems/aid-item-locked: "
                + "changes go through an amendment).");
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.addApiResponse("400", new ApiResponse().description("Invalid input, at its field: a correction "
                + "without its reason answers /problems/validation with an error at the field reason"));
        responses.addApiResponse("409", new ApiResponse().description("The item's state does not allow this change "
                + "by this user (/problems/dossier-locked, /problems/aid-item-locked), or its version is stale "
                + "(/problems/stale-version)"));
        operation.setResponses(responses);
    }

    private static void body(Operation operation, Schema<?> schema) {
        operation.setRequestBody(new RequestBody().required(true)
                .content(new Content().addMediaType("application/json", new MediaType().schema(schema))));
    }

    private Schema<?> description() {
        ObjectSchema schema = new ObjectSchema();
        schema.setDescription("An aid item's description: its fields, then its lists");
        for (ItemField field : ItemFields.all()) {
            Schema<?> property = schemaOf(field);
            property.setDescription(messages.getMessage(field.labelKey(), null, field.name(), Locale.ENGLISH)
                    + (field.spec().iati().isEmpty() ? "" : " (IATI: " + field.spec().iati() + ")"));
            schema.addProperty(field.name(), property);
            if (field.required()) {
                schema.addRequiredItem(field.name());
            }
        }
        schema.addProperty("sectors", list(SectorShare.class));
        schema.addProperty("locations", list(LocationShare.class));
        schema.addProperty("parties", list(Party.class));
        schema.addProperty("contacts", list(ItemContact.class));
        schema.addProperty("publicGroups", new ArraySchema().items(new StringSchema()._enum(
                Arrays.stream(PublicGroup.values()).map(Enum::name).toList())));
        return schema;
    }

    private static Schema<?> schemaOf(ItemField field) {
        Class<?> type = field.type();
        if (type.isEnum()) {
            return new StringSchema()._enum(Arrays.stream(field.choices()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (type == Long.class) {
            return new IntegerSchema().format("int64");
        }
        if (type == Integer.class) {
            return new IntegerSchema();
        }
        if (type == BigDecimal.class) {
            return new NumberSchema();
        }
        if (type == LocalDate.class) {
            return new DateSchema();
        }
        if (type == Boolean.class) {
            return new BooleanSchema();
        }
        StringSchema text = new StringSchema();
        return field.spec().maxLength() > 0 ? text.maxLength(field.spec().maxLength()) : text;
    }

    private static ArraySchema list(Class<?> element) {
        Map<String, Schema> resolved = ModelConverters.getInstance().read(element);
        Schema<?> item = resolved.getOrDefault(element.getSimpleName(), new ObjectSchema());
        return new ArraySchema().items(item);
    }
}
