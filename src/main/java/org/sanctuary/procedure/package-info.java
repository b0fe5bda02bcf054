/**
 * The determination procedure of procedure.md: claim states and the commands that move them (with
 * the roles that may give each), the guards of §4 each with its reason code, and the clocks of §5.
 * Plain Java rules; depends on {@code access} (roles), {@code registry} (the
 * applicant's needs and preferences) and {@code shared}.
 */
@NullMarked
package org.sanctuary.procedure;

import org.jspecify.annotations.NullMarked;
