package org.sanctuary.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the signed-in actor, their permissions (so navigation and actions
 * appear only when the user may use them), and whether this is a demo installation.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

  private final boolean demo;
  private final AccessPolicy access;

  PageModel(Environment environment, AccessPolicy access) {
    this.demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
    this.access = access;
  }

  @ModelAttribute("demo")
  boolean demo() {
    return demo;
  }

  @ModelAttribute("actor")
  @Nullable
  Actor actor() {
    return access.signedIn().orElse(null);
  }

  @ModelAttribute("can")
  Set<String> permissions() {
    return access
        .signedIn()
        .map(a -> a.permissions().stream().map(Enum::name).collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  /**
   * The same, for pages the model attributes above do not reach: an exception handler's page and the
   * server's error page, so that they too carry the navigation.
   */
  java.util.Map<String, Object> layout() {
    java.util.Map<String, Object> layout = new java.util.HashMap<>();
    layout.put("demo", demo);
    layout.put("can", permissions());
    Actor actor = actor();
    if (actor != null) {
      layout.put("actor", actor);
    }
    return layout;
  }
}
