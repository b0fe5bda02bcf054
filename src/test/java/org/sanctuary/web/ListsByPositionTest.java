package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.Intake;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the database the suite runs on (H2 and PostgreSQL), a list walked by position meets the items
 * the numbered pages give, in their order: positions made of a time with its zone, a day, a yes or no
 * and an id read back as the same values. Priority cases and cases opened the same day make ties that
 * only the later keys break.
 */
@SanctuaryTest
class ListsByPositionTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Intake intake;
  @Autowired JsonMapper json;
  @Autowired TransactionTemplate transactions;

  @Test
  void personsAndCasesWalkedByPositionAreTheNumberedPages() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    for (int i = 0; i < 7; i++) {
      PersonId person = fixtures.aDistinctPersonAt(office);
      LocalDate day = LocalDate.of(2002, 5, 1 + i % 2);
      Channel channel = i % 3 == 0 ? Channel.DIPLOMATIC_PREMISES : Channel.OFFICE;
      access.actingAs(office.username(Role.RECEPTION), () -> transactions.execute(tx -> intake.asOf(day).recordIntent(
          Intake.RecordIntent.of(office.office().id(), person, Set.of(), channel, null))));
    }
    String supervisor = office.username(Role.SUPERVISOR);
    for (String path : List.of("/api/cases", "/api/persons?officeId=" + office.office().id())) {
      ListWalks walks = new ListWalks(mvc, json, fixtures::user);
      List<String> byNumber = walks.byNumber(supervisor, path);
      assertThat(byNumber).as(path).hasSize(7);
      assertThat(walks.byPosition(supervisor, path)).as(path).isEqualTo(byNumber);
    }
  }
}
