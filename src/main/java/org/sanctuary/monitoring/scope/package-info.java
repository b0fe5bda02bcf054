/** The teams whose record a reader may see, bound into every query. */
@NullMarked
package org.sanctuary.monitoring.scope;

import org.jspecify.annotations.NullMarked;
