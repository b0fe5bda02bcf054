/**
 * The order of a list and the positions in it ({@link org.sanctuary.lists.Keyset}), so that an API
 * client walks a list of any length at the cost of its first page. Depends on {@code shared}.
 */
@NullMarked
package org.sanctuary.lists;

import org.jspecify.annotations.NullMarked;
