/** Tells people: an in-app inbox per user, and e-mail through SMTP or, without SMTP, an outbox administrators read. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"shared", "platform", "identity"})
@org.jspecify.annotations.NullMarked
package vn.vientro.notification;
