/** Events, the acts inside them, the counts reports gave for them, and the count each is counted with. */
@NamedInterface("events")
@NullMarked
package org.sanctuary.monitoring.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
