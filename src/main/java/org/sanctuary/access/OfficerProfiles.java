package org.sanctuary.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.internal.UserStore;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officers' interview profiles: set by administrators, read by the procedure when booking interviews. */
@Service
public class OfficerProfiles {

  private static final Set<String> SEXES = Set.of("FEMALE", "MALE", "OTHER", "UNKNOWN");

  private final JdbcClient jdbc;
  private final UserStore users;
  private final AccessPolicy access;
  private final AuditTrail audit;

  OfficerProfiles(JdbcClient jdbc, UserStore users, AccessPolicy access, AuditTrail audit) {
    this.jdbc = jdbc;
    this.users = users;
    this.access = access;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public Optional<OfficerProfile> of(String username) {
    return jdbc.sql(
            "SELECT u.username, p.sex, p.languages, p.trauma_trained FROM officer_profile p"
                + " JOIN app_user u ON u.id = p.user_id WHERE u.username = ?")
        .param(username)
        .query(
            (rs, n) ->
                new OfficerProfile(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3).isEmpty() ? Set.of() : Set.of(rs.getString(3).split(",")),
                    rs.getBoolean(4)))
        .optional();
  }

  @Transactional
  public void set(UUID userId, @Nullable String sex, @Nullable List<String> languages, @Nullable Boolean traumaTrained) {
    access.requireAnywhere(Permission.USER_MANAGE);
    users.findById(userId).orElseThrow(() -> new NotFound("user"));
    List<FieldProblem> problems = new ArrayList<>();
    if (sex == null || !SEXES.contains(sex)) {
      problems.add(FieldProblem.of("sex", "must be one of {0}", SEXES));
    }
    Set<String> codes = new LinkedHashSet<>();
    List<String> given = languages == null ? List.of() : languages;
    for (int i = 0; i < given.size(); i++) {
      String code = given.get(i).strip().toLowerCase(Locale.ROOT);
      if (!org.sanctuary.shared.LanguageCodes.isCode(code)) {
        problems.add(FieldProblem.of("languages[" + i + "]", "\"{0}\" is not an ISO 639-1 code", code));
      }
      codes.add(code);
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    jdbc.sql("DELETE FROM officer_profile WHERE user_id = ?").param(userId).update();
    jdbc.sql("INSERT INTO officer_profile (user_id, sex, languages, trauma_trained) VALUES (?, ?, ?, ?)")
        .params(userId, sex, String.join(",", codes), Boolean.TRUE.equals(traumaTrained))
        .update();
    audit.record(AuditRecord.success("OFFICER_PROFILE_SET", "USER", userId, null));
  }

}
