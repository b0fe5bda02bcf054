package org.sanctuary.registry;

import org.springframework.ui.Model;

/**
 * A section another module adds to a person's page (their claims, say), without the registry
 * depending on that module: the section fills the model for the reader and names the fragment that
 * shows it. A section shows nothing its reader may not read.
 */
public interface PersonPageSection {

  /** The template holding the fragment, e.g. {@code cases/person}. */
  String template();

  /** The fragment's selector in the template, e.g. {@code claims}. */
  String fragment();

  /** Adds what the fragment shows about the person for the current reader. */
  void contribute(PersonId person, Model model);
}
