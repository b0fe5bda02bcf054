package org.sanctuary.access.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and token settings, and the first administrator created on a database with no users.
 *
 * @param failedSignInLimit consecutive failures after which an account waits before the next try
 * @param lockout the longest such wait (it starts at one minute and doubles with each failure)
 * @param sourceFailureLimit failures from one address within {@code lockout} after which that
 *     address waits in the same way, whichever accounts it tried
 * @param sessionLifetime how long a signed-in session lasts at most, however active
 * @param tokenLifetime how long an API token is valid
 * @param twoFactorRoles roles whose holders must sign in with a second factor (empty: nobody must)
 * @param bootstrapAdminUsername the first administrator's user name
 * @param bootstrapAdminPassword the first administrator's password; required on a first start
 */
@ConfigurationProperties("sanctuary.access")
public record AccessProperties(
    @DefaultValue("5") int failedSignInLimit,
    @DefaultValue("15m") Duration lockout,
    @DefaultValue("20") int sourceFailureLimit,
    @DefaultValue("12h") Duration sessionLifetime,
    @DefaultValue("8h") Duration tokenLifetime,
    @DefaultValue({"ADMIN", "SUPERVISOR", "MONITOR", "PROTECTION_OFFICER"}) java.util.Set<org.sanctuary.access.Role> twoFactorRoles,
    @DefaultValue("admin") String bootstrapAdminUsername,
    @Nullable String bootstrapAdminPassword) {}
