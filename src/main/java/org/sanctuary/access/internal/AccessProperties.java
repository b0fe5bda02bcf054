package org.sanctuary.access.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and token settings, and the first administrator created on a database with no users.
 *
 * @param failedSignInLimit consecutive failures after which an account locks
 * @param lockout how long a locked account stays locked
 * @param tokenLifetime how long an API token is valid
 * @param bootstrapAdminUsername the first administrator's user name
 * @param bootstrapAdminPassword the first administrator's password; required on a first start
 */
@ConfigurationProperties("sanctuary.access")
public record AccessProperties(
    @DefaultValue("5") int failedSignInLimit,
    @DefaultValue("15m") Duration lockout,
    @DefaultValue("8h") Duration tokenLifetime,
    @DefaultValue("admin") String bootstrapAdminUsername,
    @Nullable String bootstrapAdminPassword) {}
