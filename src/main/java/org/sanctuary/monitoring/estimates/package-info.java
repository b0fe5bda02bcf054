/** Multiple-systems estimates over a team's linked lists. */
@NamedInterface("estimates")
@NullMarked
package org.sanctuary.monitoring.estimates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
