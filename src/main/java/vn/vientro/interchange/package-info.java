/**
 * IATI 2.03 interchange: the province's open-data files (the aid items the focal point made public, and the
 * province's organisation file), written as the IATI schemas require.
 */
@org.springframework.modulith.ApplicationModule(displayName = "IATI interchange",
        allowedDependencies = {"shared", "platform", "reference", "identity", "registry", "aid"})
@org.jspecify.annotations.NullMarked
package vn.vientro.interchange;
