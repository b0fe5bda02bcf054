/** Persons of concern followed by a team, with their fate. */
@NamedInterface("concern")
@NullMarked
package org.sanctuary.monitoring.concern;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
