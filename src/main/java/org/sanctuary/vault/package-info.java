/**
 * Field encryption: each office's data keys, wrapped by a master key kept outside the database, seal
 * the most sensitive text (source identities, testimony, the case file with its interviews,
 * assessment and reasons) so that a copy of the database or a stolen disk shows none of it. Keys
 * rotate without downtime. Depends on {@code access} (offices, who may rotate), {@code audit} and
 * {@code shared}.
 */
@NullMarked
package org.sanctuary.vault;

import org.jspecify.annotations.NullMarked;
