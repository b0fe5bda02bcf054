/**
 * Demonstration data for the {@code demo} profile only: the offices, one user per role, and the
 * people of the 2002 seed text. Depends on {@code access}, {@code registry}, {@code procedure} and {@code monitoring}; nothing depends on it.
 */
@NullMarked
package org.sanctuary.demo;

import org.jspecify.annotations.NullMarked;
