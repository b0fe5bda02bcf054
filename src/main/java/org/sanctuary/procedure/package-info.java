/**
 * The determination procedure of procedure.md: claim states and the commands that move them (with
 * the roles that may give each), the guards of §4 each with its reason code, and the clocks of §5.
 * The rules are plain Java; {@link org.sanctuary.procedure.Casework} and
 * {@link org.sanctuary.procedure.RemovalRequests} apply them for the API and the pages. Depends on
 * {@code access} (roles, office scope), {@code registry} (the applicant), {@code audit},
 * {@code vault} (the case file is sealed) and {@code shared}.
 */
@NullMarked
package org.sanctuary.procedure;

import org.jspecify.annotations.NullMarked;
