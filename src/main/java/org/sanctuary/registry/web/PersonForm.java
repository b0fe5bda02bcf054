package org.sanctuary.registry.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.NameScript;
import org.sanctuary.registry.Person;
import org.sanctuary.registry.PersonDetails;
import org.sanctuary.registry.PersonDraft;
import org.sanctuary.registry.PersonName;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;
import org.sanctuary.shared.ValidationFailed;

/**
 * The person form as the browser posts it: name rows (blank rows are ignored), the primary name's
 * row, and lists typed as comma-separated codes. It keeps what the user typed so a refused form
 * comes back filled in.
 */
public class PersonForm {

  /** One name row of the form. */
  public static class NameRow {
    private @Nullable NameScript script;
    private @Nullable String value;

    public NameRow() {}

    NameRow(@Nullable NameScript script, @Nullable String value) {
      this.script = script;
      this.value = value;
    }

    public @Nullable NameScript getScript() {
      return script;
    }

    public void setScript(@Nullable NameScript script) {
      this.script = script;
    }

    public @Nullable String getValue() {
      return value;
    }

    public void setValue(@Nullable String value) {
      this.value = value;
    }
  }

  static final int BLANK_NAME_ROWS = 2;
  private static final Pattern NAME_FIELD = Pattern.compile("names\\[(\\d+)](.*)");

  private @Nullable String officeId;
  private @Nullable String notADuplicateBecause;
  private @Nullable Long version;
  private List<NameRow> names = new ArrayList<>();
  private int primaryName;
  private @Nullable Sex sex;
  private @Nullable String dateOfBirth;
  private String nationalities = "";
  private String otherNationalityClaims = "";
  private String languages = "";
  private @Nullable String bestLanguage;
  private @Nullable String originPlace;
  private GenderPreference interviewerPreference = GenderPreference.NONE;
  private GenderPreference interpreterPreference = GenderPreference.NONE;
  private Set<SpecificNeed> specificNeeds = EnumSet.noneOf(SpecificNeed.class);
  private final List<Integer> rowOfDraftName = new ArrayList<>();

  static PersonForm blank() {
    PersonForm form = new PersonForm();
    form.padNameRows();
    return form;
  }

  static PersonForm of(Person person) {
    PersonForm form = new PersonForm();
    PersonDetails d = person.details();
    form.officeId = person.office().toString();
    form.version = person.version();
    for (int i = 0; i < d.names().size(); i++) {
      PersonName name = d.names().get(i);
      form.names.add(new NameRow(name.script(), name.value()));
      if (name.primary()) {
        form.primaryName = i;
      }
    }
    form.sex = d.sex();
    form.dateOfBirth = d.dateOfBirth() == null ? null : d.dateOfBirth().text();
    form.nationalities = String.join(", ", d.nationalities());
    form.otherNationalityClaims = String.join(", ", d.otherNationalityClaims());
    form.languages = String.join(", ", d.languages());
    form.bestLanguage = d.bestLanguage();
    form.originPlace = d.originPlace() == null ? null : d.originPlace().toString();
    form.interviewerPreference = d.interviewerPreference();
    form.interpreterPreference = d.interpreterPreference();
    form.specificNeeds =
        d.specificNeeds().isEmpty() ? EnumSet.noneOf(SpecificNeed.class) : EnumSet.copyOf(d.specificNeeds());
    form.padNameRows();
    return form;
  }

  /** A field whose value on file differs from what was typed: the message key of its label and both values. */
  record Change(String field, String onFile, String typed) {}

  /**
   * Where this form (as typed) and {@code onFile} (the record as it is now) differ, field by field, for
   * an edit refused because someone changed the record meanwhile.
   */
  List<Change> differencesFrom(PersonForm onFile) {
    List<Change> changes = new ArrayList<>();
    compare(changes, "person.names", onFile.nameList(), nameList());
    compare(changes, "person.sex", String.valueOf(onFile.sex), String.valueOf(sex));
    compare(changes, "person.dateOfBirth", text(onFile.dateOfBirth), text(dateOfBirth));
    compare(changes, "person.originPlace", text(onFile.originPlace), text(originPlace));
    compare(changes, "person.nationalities", String.join(", ", codes(onFile.nationalities)), String.join(", ", codes(nationalities)));
    compare(changes, "person.otherNationalityClaims", String.join(", ", codes(onFile.otherNationalityClaims)),
        String.join(", ", codes(otherNationalityClaims)));
    compare(changes, "person.languages", String.join(", ", codes(onFile.languages)), String.join(", ", codes(languages)));
    compare(changes, "person.bestLanguage", text(onFile.bestLanguage), text(bestLanguage));
    compare(changes, "person.interviewerPreference", String.valueOf(onFile.interviewerPreference), String.valueOf(interviewerPreference));
    compare(changes, "person.interpreterPreference", String.valueOf(onFile.interpreterPreference), String.valueOf(interpreterPreference));
    compare(changes, "person.needs", new java.util.TreeSet<>(onFile.specificNeeds).toString(), new java.util.TreeSet<>(specificNeeds).toString());
    return changes;
  }

  private static void compare(List<Change> changes, String field, String onFile, String typed) {
    if (!onFile.equals(typed)) {
      changes.add(new Change(field, onFile, typed));
    }
  }

  private String nameList() {
    return String.join(", ", names.stream().filter(r -> !isBlank(r.getValue())).map(r -> r.getValue().strip()).toList());
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  /** Ensures there are empty rows to type further names into. */
  void padNameRows() {
    long blanks = names.stream().filter(r -> isBlank(r.getValue())).count();
    for (long i = blanks; i < BLANK_NAME_ROWS; i++) {
      names.add(new NameRow(null, null));
    }
  }

  PersonDraft toDraft() {
    rowOfDraftName.clear();
    List<PersonDraft.NameDraft> drafts = new ArrayList<>();
    for (int row = 0; row < names.size(); row++) {
      NameRow r = names.get(row);
      if (isBlank(r.getValue()) && r.getScript() == null) {
        continue;
      }
      rowOfDraftName.add(row);
      drafts.add(new PersonDraft.NameDraft(r.getScript(), r.getValue(), row == primaryName));
    }
    return new PersonDraft(
        drafts,
        sex,
        dateOfBirth,
        codes(nationalities),
        codes(otherNationalityClaims),
        codes(languages),
        bestLanguage,
        interviewerPreference,
        interpreterPreference,
        specificNeeds,
        originPlace);
  }

  /** Messages keyed by form field; a name's error points at the row the user typed it in. */
  Map<String, String> errors(ValidationFailed failure) {
    Map<String, String> errors = new LinkedHashMap<>();
    failure.messagesByField("names")
        .forEach(
            (field, message) -> {
              Matcher m = NAME_FIELD.matcher(field);
              String key =
                  m.matches() && Integer.parseInt(m.group(1)) < rowOfDraftName.size()
                      ? "names[" + rowOfDraftName.get(Integer.parseInt(m.group(1))) + "]" + m.group(2)
                      : field;
              errors.merge(key, message, (a, b) -> a + "; " + b);
            });
    return errors;
  }

  private static List<String> codes(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  public @Nullable String getNotADuplicateBecause() {
    return notADuplicateBecause;
  }

  public void setNotADuplicateBecause(@Nullable String notADuplicateBecause) {
    this.notADuplicateBecause = notADuplicateBecause;
  }

  public @Nullable String getOfficeId() {
    return officeId;
  }

  public void setOfficeId(@Nullable String officeId) {
    this.officeId = officeId;
  }

  public @Nullable Long getVersion() {
    return version;
  }

  public void setVersion(@Nullable Long version) {
    this.version = version;
  }

  public List<NameRow> getNames() {
    return names;
  }

  public void setNames(List<NameRow> names) {
    this.names = names;
  }

  public int getPrimaryName() {
    return primaryName;
  }

  public void setPrimaryName(int primaryName) {
    this.primaryName = primaryName;
  }

  public @Nullable Sex getSex() {
    return sex;
  }

  public void setSex(@Nullable Sex sex) {
    this.sex = sex;
  }

  public @Nullable String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(@Nullable String dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getNationalities() {
    return nationalities;
  }

  public void setNationalities(String nationalities) {
    this.nationalities = nationalities;
  }

  public String getOtherNationalityClaims() {
    return otherNationalityClaims;
  }

  public void setOtherNationalityClaims(String otherNationalityClaims) {
    this.otherNationalityClaims = otherNationalityClaims;
  }

  /** The languages chosen, as codes, for the list to show them first and selected. */
  public List<String> getLanguageList() {
    return codes(languages).stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList();
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public @Nullable String getBestLanguage() {
    return bestLanguage;
  }

  public void setBestLanguage(@Nullable String bestLanguage) {
    this.bestLanguage = bestLanguage;
  }

  public @Nullable String getOriginPlace() {
    return originPlace;
  }

  public void setOriginPlace(@Nullable String originPlace) {
    this.originPlace = originPlace;
  }

  public GenderPreference getInterviewerPreference() {
    return interviewerPreference;
  }

  public void setInterviewerPreference(GenderPreference interviewerPreference) {
    this.interviewerPreference = interviewerPreference;
  }

  public GenderPreference getInterpreterPreference() {
    return interpreterPreference;
  }

  public void setInterpreterPreference(GenderPreference interpreterPreference) {
    this.interpreterPreference = interpreterPreference;
  }

  public Set<SpecificNeed> getSpecificNeeds() {
    return specificNeeds;
  }

  public void setSpecificNeeds(Set<SpecificNeed> specificNeeds) {
    this.specificNeeds = specificNeeds;
  }
}
