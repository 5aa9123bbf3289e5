/**
 * The province's public portal (issue 15): a bilingual site at {@code /} (Vietnamese) and {@code /en/} (English) for
 * anonymous visitors, showing what other modules publish, read only through their public queries; the catalogue of
 * projects calling for aid, with a form for organisations to say they are interested; the approved aid items with the
 * groups of fields the focal point made public (transparency of aid); the tracking of a dossier by its receipt code; community feedback on a published item or need, which
 * staff triage, assign and answer. Staff sign in elsewhere.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal",
        allowedDependencies = {"shared", "platform", "reference", "identity", "registry", "mobilisation", "aid",
                "aid :: files", "audit", "notification"})
@org.jspecify.annotations.NullMarked
package vn.vientro.portal;
