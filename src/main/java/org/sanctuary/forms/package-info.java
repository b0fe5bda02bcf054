/**
 * What a page's form sends, bound into the same typed command record the API takes, so that a command
 * has one input type whichever door it comes through; a value not of its field's type (a date, a
 * choice, an id) is reported beside its field, in the same words on every page. Depends on
 * {@code shared}.
 */
@NullMarked
package org.sanctuary.forms;

import org.jspecify.annotations.NullMarked;
