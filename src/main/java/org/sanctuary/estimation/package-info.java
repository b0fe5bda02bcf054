/**
 * Estimation: how many people an act really touched, from how several incomplete lists of them
 * overlap (multiple-systems estimation, names-and-linkage.md §3). Capture histories over 2 to 6
 * lists, the two-list Chapman estimate, Chao's lower bound, hierarchical log-linear models with
 * their search and profile-likelihood intervals, and the Bayesian latent-class estimate. Every estimate comes with its interval and the
 * assumption it rests on; nothing here returns a bare number. Plain Java with commons-math3; depends
 * on no other module.
 */
@NullMarked
package org.sanctuary.estimation;

import org.jspecify.annotations.NullMarked;
