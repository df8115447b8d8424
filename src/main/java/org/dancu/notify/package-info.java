/**
 * Notifications: the one outbox every module uses to tell a citizen or an officer something, in the
 * caller's transaction, delivered on the job runner to the in-portal inbox, by SMS through an HTTP
 * gateway or by e-mail, with retries, back-off and a per-recipient rate limit; see docs/notify.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"civil", "register", "jobs"})
package org.dancu.notify;
