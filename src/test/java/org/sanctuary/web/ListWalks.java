package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An API client walking a list to its end in pages of two: by page number, or by position ({@code after=}). */
public final class ListWalks {

  private final MockMvc mvc;
  private final JsonMapper json;
  private final Function<String, UserDetails> users;

  public ListWalks(MockMvc mvc, JsonMapper json, Function<String, UserDetails> users) {
    this.mvc = mvc;
    this.json = json;
    this.users = users;
  }

  /** Each item's JSON, walking by numbered pages. */
  public List<String> byNumber(String username, String path) throws Exception {
    List<String> items = new ArrayList<>();
    for (int page = 0; page < 5000; page++) {
      JsonNode body = json.readTree(call(username, path + (path.contains("?") ? "&" : "?") + "size=2&page=" + page));
      body.get("items").forEach(item -> items.add(item.toString()));
      if (body.get("items").size() < 2) {
        return items;
      }
    }
    throw new AssertionError(path + " did not end");
  }

  /** Each item's JSON, walking from each page's {@code next} position until a page has none. */
  public List<String> byPosition(String username, String path) throws Exception {
    List<String> items = new ArrayList<>();
    String after = null;
    for (int page = 0; page < 5000; page++) {
      JsonNode body = json.readTree(call(username, path + (path.contains("?") ? "&" : "?") + "size=2"
          + (after == null ? "" : "&after=" + after)));
      body.get("items").forEach(item -> items.add(item.toString()));
      JsonNode next = body.get("next");
      if (next == null || next.isNull()) {
        return items;
      }
      after = next.asString();
    }
    throw new AssertionError(path + " did not end");
  }

  /** The body of a GET that must succeed. */
  public String call(String username, String path) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path).with(user(users.apply(username)))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
    return response.getContentAsString();
  }
}
