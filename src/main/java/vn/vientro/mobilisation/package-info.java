/**
 * Mobilisation of aid (DOMAIN.md §9): the catalogue of projects calling for aid that agencies propose, the appraisal
 * lead compiles and the province approves and publishes to NGOs, before any aid item's dossier exists; and the yearly
 * mobilisation plans whose activities approach NGOs already in the registry; the pledges that start aid items'
 * dossiers, followed through the aid module's public events and queries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mobilisation",
        allowedDependencies = {"shared", "platform", "reference", "identity", "audit", "registry", "aid",
                "aid :: files", "search"})
@org.jspecify.annotations.NullMarked
package vn.vientro.mobilisation;
