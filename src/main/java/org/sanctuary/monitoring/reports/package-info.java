/** Source reports, kept as filed and corrected by supersession, and the lists of names imported from them. */
@NamedInterface("reports")
@NullMarked
package org.sanctuary.monitoring.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
