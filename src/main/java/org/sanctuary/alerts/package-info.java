/**
 * Alerts for an office's supervisors: raised by the procedure (a refused removal, a late appeal, a
 * child without a guardian, an overdue deadline) and by the monitoring record (an overdue
 * follow-up), listed and acknowledged with a note. Depends on {@code access}, {@code audit} and
 * {@code shared}.
 */
@NullMarked
package org.sanctuary.alerts;

import org.jspecify.annotations.NullMarked;
