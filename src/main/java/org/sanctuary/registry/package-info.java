/**
 * Persons and registration groups: names in every script, date of birth as an interval,
 * nationalities and claims to another, languages, specific needs, consent, and a dated whereabouts
 * and custody timeline. Depends on {@code access} (who may), {@code audit} (every read and write is
 * recorded), {@code vault} (who said where a person is, sealed) and {@code shared}.
 */
@NullMarked
package org.sanctuary.registry;

import org.jspecify.annotations.NullMarked;
