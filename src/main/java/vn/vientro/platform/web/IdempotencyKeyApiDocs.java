package vn.vientro.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the optional {@code Idempotency-Key} header on every operation {@link IdempotencyKeyFilter} honours it
 * for, picked by the filter's own rule from the documented paths, so the document cannot promise it elsewhere.
 */
@Component
class IdempotencyKeyApiDocs implements OpenApiCustomizer {

    private final IdempotencyRules rules;

    IdempotencyKeyApiDocs(IdempotencyRules rules) {
        this.rules = rules;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (item.getPost() != null && IdempotencyKeyFilter.covers("POST", path)) {
                item.getPost().addParametersItem(header());
            }
        });
    }

    private Parameter header() {
        return new HeaderParameter().name(IdempotencyKeyFilter.HEADER).required(false)
                .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x20-\\x7E]+$")
                        .example("3f1c2a9e-7b4d-4c1e-9a52-0d6e8b7f4a10"))
                .description("""
                        Makes this POST safe to retry. Send a new random value (a UUID) with each new request and the \
                        same value when retrying it: within %d hours, a retry with the same key and the same request \
                        (method, path, query and body) gets the first answer again, its status, body and Location, \
                        with the header Idempotent-Replayed: true, and writes nothing. The same key with a different \
                        request answers 422 /problems/idempotency-key-reused. A retry sent while the first request \
                        still runs waits for it, up to %d seconds, then answers 409 \
                        /problems/idempotency-key-in-use. Keys belong to the caller (the API token's user). Successful \
                        answers and the refusals %s are kept; server errors (5xx) and 401, \
                        403, 404 and 429 are not, so a retry after them runs again.""".formatted(
                        rules.keepFor().toHours(), rules.maxWait().toSeconds(),
                        IdempotencyKeyFilter.REMEMBERED_REFUSALS));
    }
}
