/**
 * Part of the procedure's public API: the values a caller passes to
 * {@link org.sanctuary.procedure.Decisions} (the structured assessment and the decision draft).
 */
@NamedInterface("decision")
@NullMarked
package org.sanctuary.procedure.decision;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
