/** Value types every module may use: money, bilingual text, business-rule errors. No tables, no services. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package vn.vientro.shared;
