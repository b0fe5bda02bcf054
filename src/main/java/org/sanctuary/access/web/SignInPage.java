package org.sanctuary.access.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SignInPage {

  @GetMapping("/login")
  @PreAuthorize("permitAll()")
  String signIn() {
    return "login";
  }
}
