package org.sanctuary.monitoring;

import org.sanctuary.monitoring.places.Gazetteer;
import org.sanctuary.monitoring.places.Place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.registry.NameScript;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonDraft;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A reader of Korean reads 무산 where the gazetteer has it, a reader of Chinese 茂山, and a reader of
 * English the place's primary name, Musan; a place with no name in the reader's script keeps its
 * primary name.
 */
@SanctuaryTest
class PlaceNamesInTheReadersScriptTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Gazetteer gazetteer;
  @Autowired PersonDirectory persons;
  @Autowired AccessPolicy access;

  @Test
  void aPlaceOfOriginIsNamedInTheReadersScriptWhereTheGazetteerHasIt() throws Exception {
    UUID country = gazetteer.add(null, Place.Level.COUNTRY, List.of(new Place.Name("LATIN", "Choson", true),
        new Place.Name("HANGUL", "조선", false), new Place.Name("HANZI", "朝鲜", false)), null, null);
    UUID county = gazetteer.add(country, Place.Level.COUNTY, List.of(new Place.Name("LATIN", "Musan", true),
        new Place.Name("HANGUL", "무산", false), new Place.Name("HANZI", "茂山", false)), null, null);
    UUID onlyLatin = gazetteer.add(country, Place.Level.TOWN, List.of(new Place.Name("LATIN", "Sambong-ri", true)), null, null);
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    String registrar = office.username(Role.REGISTRAR);
    PersonId fromMusan = access.actingAs(registrar, () -> persons.register(office.office().id(), new PersonDraft(
        List.of(new PersonDraft.NameDraft(NameScript.HANGUL, "변순녀", true)), Sex.FEMALE, "1959", List.of("PRK"), List.of(),
        List.of("ko"), "ko", null, null, Set.of(), county.toString()), "a test of place names"));
    PersonId fromSambong = access.actingAs(registrar, () -> persons.register(office.office().id(), new PersonDraft(
        List.of(new PersonDraft.NameDraft(NameScript.HANGUL, "변숙자", true)), Sex.FEMALE, "1961", List.of("PRK"), List.of(),
        List.of("ko"), "ko", null, null, Set.of(), onlyLatin.toString()), "a test of place names"));

    assertThat(page("/persons/" + fromMusan, "ko", registrar)).contains("무산, 조선").doesNotContain("Musan");
    assertThat(page("/persons/" + fromMusan, "zh", registrar)).contains("茂山, 朝鲜").doesNotContain("Musan");
    assertThat(page("/persons/" + fromMusan, "en", registrar)).contains("Musan, Choson");
    assertThat(page("/persons/" + fromSambong, "ko", registrar)).contains("Sambong-ri, 조선");
    assertThat(page("/persons/" + fromMusan + "/edit", "ko", registrar)).contains("무산, 조선");
  }

  private String page(String path, String language, String username) throws Exception {
    return mvc.perform(get(path).param("lang", language).with(user(fixtures.user(username))))
        .andReturn().getResponse().getContentAsString();
  }
}
