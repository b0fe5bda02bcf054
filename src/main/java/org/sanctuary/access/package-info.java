/**
 * Who may do what, where: offices, users and their roles per office, sign-in and API tokens, and the
 * one table of which role holds which permission. Depends on {@code shared} only.
 */
@NullMarked
package org.sanctuary.access;

import org.jspecify.annotations.NullMarked;
