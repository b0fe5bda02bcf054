/**
 * Small immutable value types every module speaks in: uncertain dates, count claims, and the
 * refusals a command can end in. Plain Java; depends on nothing.
 */
@NullMarked
package org.sanctuary.shared;

import org.jspecify.annotations.NullMarked;
