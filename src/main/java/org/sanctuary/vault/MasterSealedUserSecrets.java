package org.sanctuary.vault;

import java.util.UUID;
import org.sanctuary.access.UserSecrets;
import org.springframework.stereotype.Component;

/** Users' secrets sealed with the master key itself (they belong to no office), bound to the user. */
@Component
class MasterSealedUserSecrets implements UserSecrets {

  private final MasterKeys master;

  MasterSealedUserSecrets(MasterKeys master) {
    this.master = master;
  }

  @Override
  public String seal(UUID user, String secret) {
    return master.seal(secret, "app_user.secret:" + user);
  }

  @Override
  public String open(UUID user, String sealed) {
    return master.open(sealed, "app_user.secret:" + user);
  }
}
