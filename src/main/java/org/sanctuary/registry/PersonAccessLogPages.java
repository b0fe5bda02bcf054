package org.sanctuary.registry;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.SubjectPages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The access log of each person the reader may read one of (PERSON_ACCESS_LOG_READ in the person's office). */
@Component
class PersonAccessLogPages implements SubjectPages {

  private final Persons persons;
  private final AccessPolicy access;

  PersonAccessLogPages(Persons persons, AccessPolicy access) {
    this.persons = persons;
    this.access = access;
  }

  @Override
  public String subjectType() {
    return PersonDirectory.SUBJECT;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, String> pagesOf(Collection<String> subjectIds) {
    List<PersonId> ids = subjectIds.stream().map(PersonAccessLogPages::id).filter(java.util.Objects::nonNull).distinct().toList();
    Map<String, String> pages = new LinkedHashMap<>();
    persons.inScope(ids, access.scope(Permission.PERSON_ACCESS_LOG_READ))
        .forEach(person -> pages.put(person.toString(), "/persons/" + person + "/access-log"));
    return pages;
  }

  private static PersonId id(String text) {
    try {
      return new PersonId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
