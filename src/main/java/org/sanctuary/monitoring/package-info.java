/**
 * Protection monitoring (monitoring.md): source reports kept unchanged once filed, events and the
 * acts inside them, perpetrators, the information linking a report to an event with the source's
 * two grades, counts as claims of the report that gave them, a gazetteer of places, statistics that
 * keep every range a range, imports of named lists and exports that protect identities. Depends on
 * {@code access}, {@code audit}, {@code registry} (victims are registry persons), {@code vault} (testimony and
 * source identities are sealed) and {@code shared}.
 *
 * <p>Split by what it holds: {@code reports} (reports and the lists imported from them),
 * {@code events} (events, acts, counts), {@code places} (the gazetteer), {@code interventions},
 * {@code concern} (persons of concern), {@code figures} (figures and exports), {@code estimates}
 * (multiple-systems estimates); {@code scope} binds the reader's teams into every query and
 * {@code rules} holds the record's rules with their guards. The pages and the API are in {@code web};
 * they take the same typed commands, each becoming its service's draft in one place.
 *
 * <p>Each package keeps its SQL in a package-private repository ({@code EventRows}, {@code ReportRows},
 * {@code InterventionRows}, {@code ConcernRows}, {@code PlaceRows}, {@code EstimateRows},
 * {@code FigureRows}); the services hold the rules, the reader's permissions and the audit. The
 * figures' cells ({@code FigureCells}) and the imports' progress are stores of their own.
 */
@NullMarked
package org.sanctuary.monitoring;

import org.jspecify.annotations.NullMarked;
