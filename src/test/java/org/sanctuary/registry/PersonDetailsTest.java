package org.sanctuary.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.ValidationFailed;

/** The rules of form for a person's details, each shown refusing and accepting. */
class PersonDetailsTest {

  private static final LocalDate TODAY = LocalDate.of(2002, 6, 20);

  @Test
  void aPersonWithOneHangulNameAndNothingElseIsAccepted() {
    PersonDetails details = PersonDetails.from(draft(List.of(name(NameScript.HANGUL, "김철수", null))), TODAY);

    assertThat(details.primaryName().value()).isEqualTo("김철수");
    assertThat(details.interviewerPreference()).isEqualTo(GenderPreference.NONE);
  }

  @Test
  void aPersonNeedsAtLeastOneName() {
    assertThat(fields(draft(List.of()))).containsExactly("names");
  }

  @Test
  void onlyOneNameCanBePrimary() {
    assertThat(
            fields(
                draft(
                    List.of(
                        name(NameScript.HANGUL, "김철수", true),
                        name(NameScript.LATIN_RR, "Gim Cheolsu", true)))))
        .containsExactly("names");
  }

  @Test
  void aNameMustBeWrittenInTheScriptItClaims() {
    assertThat(fields(draft(List.of(name(NameScript.HANGUL, "Kim Chol-su", null))))).containsExactly("names[0].value");
    assertThat(fields(draft(List.of(name(NameScript.HANJA, "김철수", null))))).containsExactly("names[0].value");
    PersonDetails aliases =
        PersonDetails.from(draft(List.of(name(NameScript.ALIAS, "Chol 철", null))), TODAY);
    assertThat(aliases.names()).hasSize(1);
  }

  @Test
  void theMcCuneReischauerBreveAndApostropheAreLatin() {
    PersonDetails details =
        PersonDetails.from(draft(List.of(name(NameScript.LATIN_MR, "Kim Ch'ŏl-su", null))), TODAY);
    assertThat(details.names().get(0).searchKey()).isEqualTo("kimcholsu");
  }

  @Test
  void aBirthInTheFutureOrInWordsNobodyCanReadIsRefused() {
    PersonDraft future = withDob("2003");
    PersonDraft unreadable = withDob("when the river froze");
    assertThat(fields(future)).containsExactly("dateOfBirth");
    assertThat(fields(unreadable)).containsExactly("dateOfBirth");
    assertThat(PersonDetails.from(withDob("about 2½ years old on 31 May 2002"), TODAY).dateOfBirth()).isNotNull();
  }

  @Test
  void countriesAreIsoThreeLetterCodesAndTheBestLanguageIsOneSpoken() {
    PersonDraft draft =
        new PersonDraft(
            List.of(name(NameScript.HANGUL, "김철수", null)), Sex.MALE, null,
            List.of("prk", "DPRK"), List.of("KOR"), List.of("ko", "xx"), "zh", null, null, Set.of());
    assertThat(fields(draft)).containsExactlyInAnyOrder("nationalities[1]", "languages[1]", "bestLanguage");
    PersonDraft fixed =
        new PersonDraft(
            List.of(name(NameScript.HANGUL, "김철수", null)), Sex.MALE, null,
            List.of("prk"), List.of("KOR"), List.of("ko", "zh"), "zh", null, null, Set.of());
    assertThat(PersonDetails.from(fixed, TODAY).nationalities()).containsExactly("PRK");
  }

  @Test
  void sexMustBeGivenEvenIfUnknown() {
    PersonDraft draft =
        new PersonDraft(List.of(name(NameScript.HANGUL, "김철수", null)), null, null, null, null, null, null, null, null, null);
    assertThat(fields(draft)).containsExactly("sex");
  }

  private static List<String> fields(PersonDraft draft) {
    try {
      PersonDetails.from(draft, TODAY);
    } catch (ValidationFailed e) {
      return e.problems().stream().map(FieldProblem::field).toList();
    }
    return List.of();
  }

  private static PersonDraft withDob(String dob) {
    return new PersonDraft(
        List.of(name(NameScript.HANGUL, "김준", null)), Sex.MALE, dob, List.of(), List.of(), List.of(), null, null, null, Set.of());
  }

  private static PersonDraft draft(List<PersonDraft.NameDraft> names) {
    return new PersonDraft(names, Sex.MALE, null, List.of(), List.of(), List.of(), null, null, null, Set.of());
  }

  private static PersonDraft.NameDraft name(NameScript script, String value, Boolean primary) {
    return new PersonDraft.NameDraft(script, value, primary);
  }

  @Test
  void aValidationFailureAlwaysNamesAField() {
    assertThatThrownBy(() -> new ValidationFailed(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
