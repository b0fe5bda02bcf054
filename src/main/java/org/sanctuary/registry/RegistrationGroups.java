package org.sanctuary.registry;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.StaleVersion;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering and revising households and travelling groups, for the API and the pages alike. */
@Service
public class RegistrationGroups {

  static final String SUBJECT = "GROUP";

  private final Groups groups;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Clock clock;

  RegistrationGroups(Groups groups, AccessPolicy access, AuditTrail audit, Clock clock) {
    this.groups = groups;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public GroupId register(OfficeId office, GroupDraft draft) {
    access.require(Permission.PERSON_REGISTER, office);
    RegistrationGroup group =
        RegistrationGroup.from(new GroupId(UUID.randomUUID()), office, draft, 0);
    requireMembersOf(office, group.members());
    groups.insert(group, clock.instant());
    audit.record(AuditRecord.success("GROUP_REGISTERED", SUBJECT, group.id(), office.value()));
    return group.id();
  }

  @Transactional
  public RegistrationGroup read(GroupId id) {
    RegistrationGroup group =
        groups.find(id, access.scope(Permission.PERSON_READ)).orElseThrow(() -> new NotFound("group"));
    audit.record(AuditRecord.success("GROUP_READ", SUBJECT, id, group.office().value()));
    return group;
  }

  /** Refuses (not found) unless the caller may revise the group: for forms, before judging what was typed. */
  @Transactional(readOnly = true)
  public void requireWritable(GroupId id) {
    groups.find(id, access.scope(Permission.PERSON_REGISTER)).orElseThrow(() -> new NotFound("group"));
  }

  @Transactional
  public void revise(GroupId id, long version, GroupDraft draft) {
    RegistrationGroup current =
        groups
            .find(id, access.scope(Permission.PERSON_REGISTER))
            .orElseThrow(() -> new NotFound("group"));
    RegistrationGroup revised = RegistrationGroup.from(id, current.office(), draft, version);
    requireMembersOf(current.office(), revised.members());
    if (current.version() != version || !groups.update(revised, version)) {
      audit.recordRefusal(
          AuditRecord.refused("GROUP_REVISED", SUBJECT, id, current.office().value(), "STALE_VERSION"));
      throw new StaleVersion("group", version);
    }
    audit.record(AuditRecord.success("GROUP_REVISED", SUBJECT, id, current.office().value()));
  }

  @Transactional
  public ResultPage<GroupSummary> search(String label, PageRequest page) {
    ResultPage<GroupSummary> result =
        groups.search(label == null ? "" : label, access.scope(Permission.PERSON_READ), page);
    audit.record(AuditRecord.success("GROUP_SEARCHED", SUBJECT, null, null));
    return result;
  }

  /** The groups a person belongs to; part of reading that person, whose read is audited. */
  @Transactional(readOnly = true)
  public List<GroupSummary> ofPerson(PersonId person) {
    return groups.ofPerson(person, access.scope(Permission.PERSON_READ));
  }

  private void requireMembersOf(OfficeId office, List<PersonId> members) {
    if (groups.countInOffice(members, office) != members.size()) {
      throw ValidationFailed.of("members", "every member must be a person registered by this office");
    }
  }
}
