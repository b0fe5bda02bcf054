/** The rules of the monitoring record, each with its one guard. */
@NullMarked
package org.sanctuary.monitoring.rules;

import org.jspecify.annotations.NullMarked;
