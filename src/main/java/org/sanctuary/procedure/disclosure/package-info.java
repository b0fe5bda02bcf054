/**
 * Part of the procedure's public API: the values a caller passes to
 * {@link org.sanctuary.procedure.Decisions} (who a decision or a disclosure goes to).
 */
@NamedInterface("disclosure")
@NullMarked
package org.sanctuary.procedure.disclosure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
