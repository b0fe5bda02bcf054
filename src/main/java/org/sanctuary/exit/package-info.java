/**
 * The exit format (docs/exit-format.md): the whole organisation written as JSON Lines, streamed from
 * one snapshot, signed with the key of its audit trail, and read into another installation only if
 * it is whole and its trail links up to the checkpoint the source signed. Run by the operator at the
 * command line, not by a role of the application. Depends on {@code audit} (the trail and its keys),
 * {@code vault} (sealed columns), {@code access} (office ids) and {@code shared}.
 */
@NullMarked
package org.sanctuary.exit;

import org.jspecify.annotations.NullMarked;
