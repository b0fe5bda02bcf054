/** Figures over events that keep every range a range, and exports that protect identities. */
@NamedInterface("figures")
@NullMarked
package org.sanctuary.monitoring.figures;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
