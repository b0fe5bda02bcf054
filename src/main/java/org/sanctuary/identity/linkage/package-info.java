/**
 * Whole-record linkage (names-and-linkage.md §2): blocking as a union of passes, comparison vectors
 * with ordered levels, unsupervised Fellegi–Sunter scoring with m learned by EM and u from random
 * pairs, term-frequency adjustment, and each comparison's contribution kept so that a reviewer sees
 * why. It proposes pairs; it never merges records. Used by {@code registry} to link an office's persons.
 */
@NamedInterface("linkage")
@NullMarked
package org.sanctuary.identity.linkage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
