package org.sanctuary.access.internal;

import java.util.EnumSet;
import java.util.Map;
import org.sanctuary.access.NewUser;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database without users, creates the first administrator (and a head office to hold the
 * role) from {@code SANCTUARY_ADMIN_PASSWORD}; without it, refuses to start, so no installation runs
 * without a known administrator. Runs after demo data, which brings its own users.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

  private final UserStore users;
  private final UserAccounts accounts;
  private final Offices offices;
  private final AccessProperties properties;

  FirstAdministrator(
      UserStore users, UserAccounts accounts, Offices offices, AccessProperties properties) {
    this.users = users;
    this.accounts = accounts;
    this.offices = offices;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.anyUserExists()) {
      return;
    }
    String password = properties.bootstrapAdminPassword();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "No user exists yet. Start once with SANCTUARY_ADMIN_PASSWORD set (at least "
              + UserAccounts.MIN_PASSWORD_LENGTH
              + " characters) to create the first administrator; see README, First start.");
    }
    Office head = offices.createUnchecked("HQ", "Head office", OfficeType.MANDATE_OFFICE);
    accounts.createUnchecked(
        new NewUser(
            properties.bootstrapAdminUsername(),
            "Administrator",
            password,
            Map.of(head.id(), EnumSet.of(Role.ADMIN))));
  }
}
