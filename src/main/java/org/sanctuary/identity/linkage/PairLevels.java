package org.sanctuary.identity.linkage;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * Levels of pairs of distinct values already compared, by id, for one thread: a direct-mapped cache
 * (a pair may evict another that falls in its slot). A run meets the same two name keys in many
 * candidate pairs (common names recur in every year's block), and Jaro–Winkler between them is the
 * dearest step of comparing.
 */
final class PairLevels {

  private static final int SLOTS = 1 << 16;

  private final long[] pairs = new long[SLOTS];
  private final byte[] levels = new byte[SLOTS];

  PairLevels() {
    Arrays.fill(pairs, -1);
  }

  /** The level of values {@code first} and {@code second}, computed by {@code compare} unless already known. */
  int level(int first, int second, IntBinaryOperator compare) {
    long pair = (long) first << 32 | second;
    int slot = (int) ((pair * 0x9E3779B97F4A7C15L) >>> 48);
    if (pairs[slot] != pair) {
      levels[slot] = (byte) compare.applyAsInt(first, second);
      pairs[slot] = pair;
    }
    return levels[slot];
  }
}
