package org.sanctuary.access.internal;

import java.util.EnumSet;
import java.util.Map;
import org.sanctuary.access.NewUser;
import org.sanctuary.access.PasswordPolicy;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
  private final TransactionTemplate transactions;

  FirstAdministrator(
      UserStore users, UserAccounts accounts, Offices offices, AccessProperties properties,
      PlatformTransactionManager transactions) {
    this.transactions = new TransactionTemplate(transactions);
    this.users = users;
    this.accounts = accounts;
    this.offices = offices;
    this.properties = properties;
  }

  /**
   * All or nothing: the head office and the administrator are created in one transaction, so a
   * refused password leaves the database as empty as it was. A head office left without an
   * administrator by an older version is reused.
   */
  @Override
  public void run(ApplicationArguments args) {
    if (users.anyUserExists()) {
      return;
    }
    String password = properties.bootstrapAdminPassword();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "No user exists yet. Start once with SANCTUARY_ADMIN_PASSWORD set (a passphrase of at least "
              + PasswordPolicy.MIN_LENGTH
              + " characters) to create the first administrator; see README, First start.");
    }
    try {
      transactions.executeWithoutResult(tx -> {
        Office head = offices.all().stream().filter(o -> o.code().equals(HEAD_OFFICE)).findFirst()
            .orElseGet(() -> offices.createUnchecked(HEAD_OFFICE, "Head office", OfficeType.MANDATE_OFFICE));
        accounts.createUnchecked(
            new NewUser(properties.bootstrapAdminUsername(), "Administrator", password,
                Map.of(head.id(), EnumSet.of(Role.ADMIN))));
      });
    } catch (ValidationFailed refused) {
      throw new IllegalStateException("SANCTUARY_ADMIN_PASSWORD was refused, and nothing was created: "
          + refused.problems().stream().map(p -> p.field() + " " + p.message()).toList(), refused);
    }
  }

  private static final String HEAD_OFFICE = "HQ";
}
