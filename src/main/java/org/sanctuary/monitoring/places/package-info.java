/** The gazetteer: places in an administrative hierarchy with names in several scripts. */
@NamedInterface("places")
@NullMarked
package org.sanctuary.monitoring.places;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
