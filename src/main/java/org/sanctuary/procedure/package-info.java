/**
 * The determination procedure of procedure.md: claim states and the commands that move them (with
 * the roles that may give each), the guards of §4 each with its reason code, and the clocks of §5.
 * The rules are plain Java. The application services apply them for the API and the pages alike, one
 * per capability ({@link org.sanctuary.procedure.Intake}, {@link org.sanctuary.procedure.Interviews},
 * {@link org.sanctuary.procedure.Decisions}, {@link org.sanctuary.procedure.Appeals},
 * {@link org.sanctuary.procedure.StatusEndings}, the file as a whole in
 * {@link org.sanctuary.procedure.Casework}, and {@link org.sanctuary.procedure.RemovalRequests}); each
 * command takes one record ({@link org.sanctuary.procedure.CaseStep}) and runs through one
 * package-private runner that loads, scopes, acts, saves and audits. Depends on
 * {@code access} (roles, office scope), {@code registry} (the applicant), {@code audit},
 * {@code vault} (the case file is sealed) and {@code shared}.
 */
@NullMarked
package org.sanctuary.procedure;

import org.jspecify.annotations.NullMarked;
