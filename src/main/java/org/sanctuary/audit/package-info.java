/**
 * The append-only, hash-chained trail of every write and every read of personal data, and the check
 * that finds the first entry anyone altered. Depends on {@code shared} only.
 */
@NullMarked
package org.sanctuary.audit;

import org.jspecify.annotations.NullMarked;
