/**
 * Technical platform: embedded database, the actor every database change is audited under, layout and menus,
 * i18n, formatting, error pages and API problem details. Depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package vn.vientro.platform;
