/**
 * Identity: the same person across scripts, spellings and lists (names-and-linkage.md). Canonical
 * name keys that make 김철수, Kim Chol-su, Kim Cheol-soo and 金哲洙 collide, and the comparison of two
 * names in levels (canonical-equal, fuzzy, different). Records are never merged here: this module
 * only says which names may be one person's. Plain Java with its Unicode tables; depends on nothing.
 */
@NullMarked
package org.sanctuary.identity;

import org.jspecify.annotations.NullMarked;
