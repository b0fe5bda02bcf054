package org.sanctuary.shared;

import java.util.List;

/**
 * Which explanation a guard gave, for pages to say in the reader's language: a message key and its
 * arguments. An argument written {@code vocabulary:CODE} (such as {@code state:REGISTERED}) is itself
 * a term to put in words; any other argument (a day, a file number) is shown as it is.
 */
public record Wording(String key, List<String> args) {

  public Wording {
    args = List.copyOf(args);
  }

  public static Wording of(String key, String... args) {
    return new Wording(key, List.of(args));
  }
}
