/** The binder the pages of every module use: a form into its typed command, mistyped fields beside themselves. */
@NamedInterface("web")
@NullMarked
package org.sanctuary.forms.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
