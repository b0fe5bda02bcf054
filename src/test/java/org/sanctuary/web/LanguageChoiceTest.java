package org.sanctuary.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.sanctuary.SanctuaryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The browser's languages choose the interface's until the reader picks one, which then holds. */
@SanctuaryTest
class LanguageChoiceTest {

  @Autowired MockMvc mvc;

  @Test
  void theFirstOfTheBrowsersLanguagesTheInterfaceIsWrittenInIsUsedUntilTheReaderPicksOne() throws Exception {
    mvc.perform(get("/login").header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8"))
        .andExpect(content().string(Matchers.containsString("<html lang=\"ko\"")));
    mvc.perform(get("/login").header("Accept-Language", "fr-FR,zh-CN;q=0.8"))
        .andExpect(content().string(Matchers.containsString("<html lang=\"zh\"")));
    mvc.perform(get("/login").header("Accept-Language", "fr-FR"))
        .andExpect(content().string(Matchers.containsString("<html lang=\"en\"")));
    // Picked: the cookie holds it, whatever the browser says.
    Cookie picked = mvc.perform(get("/login").param("lang", "zh").header("Accept-Language", "ko"))
        .andReturn().getResponse().getCookie("sanctuary-lang");
    mvc.perform(get("/login").cookie(picked).header("Accept-Language", "ko"))
        .andExpect(content().string(Matchers.containsString("<html lang=\"zh\"")));
  }
}
