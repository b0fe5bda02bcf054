package org.sanctuary.estimation;

import java.util.Arrays;
import java.util.List;

/**
 * How many people were seen on each combination of k lists (2 ≤ k ≤ 6): the cell of a capture
 * history is a bit mask, bit i set when the person is on list i, so cell 0b101 counts those on the
 * first and third lists only. Cell 0, the people on no list, is what the estimators estimate; it is
 * never given.
 */
public final class CaptureHistories {

  /** The most lists an analysis combines: 63 observed cells, already more than most data can fill. */
  public static final int MOST_LISTS = 6;

  private final List<String> lists;
  private final long[] cells;

  private CaptureHistories(List<String> lists, long[] cells) {
    this.lists = lists;
    this.cells = cells;
  }

  /**
   * The histories of the lists named, from the count of each observed cell ({@code counts[mask]},
   * {@code counts[0]} ignored and taken as unknown).
   *
   * @throws IllegalArgumentException if there are fewer than 2 or more than 6 lists, the counts do not
   *     have one entry per cell, or a count is negative
   */
  public static CaptureHistories of(List<String> lists, long[] counts) {
    int k = lists.size();
    if (k < 2 || k > MOST_LISTS) {
      throw new IllegalArgumentException("an estimate combines 2 to " + MOST_LISTS + " lists, not " + k);
    }
    if (counts.length != 1 << k) {
      throw new IllegalArgumentException(k + " lists have " + (1 << k) + " cells, not " + counts.length);
    }
    long[] cells = counts.clone();
    cells[0] = 0;
    for (long count : cells) {
      if (count < 0) {
        throw new IllegalArgumentException("a cell cannot hold a negative number of people");
      }
    }
    return new CaptureHistories(List.copyOf(lists), cells);
  }

  /** The histories of people given as the masks of the lists each was on (mask 0 is refused). */
  public static CaptureHistories ofPeople(List<String> lists, int[] masks) {
    long[] counts = new long[1 << lists.size()];
    for (int mask : masks) {
      if (mask <= 0 || mask >= counts.length) {
        throw new IllegalArgumentException("a person seen is on at least one of the " + lists.size() + " lists");
      }
      counts[mask]++;
    }
    return of(lists, counts);
  }

  public List<String> lists() {
    return lists;
  }

  /** The number of lists, k. */
  public int k() {
    return lists.size();
  }

  /** The people on exactly the lists of the mask. */
  public long cell(int mask) {
    if (mask <= 0 || mask >= cells.length) {
      throw new IllegalArgumentException("no observed cell " + mask);
    }
    return cells[mask];
  }

  /** The number of people seen on any list, n. */
  public long seen() {
    return Arrays.stream(cells).sum();
  }

  /** The size of list i: the people on it, whatever else they are on. */
  public long onList(int i) {
    return onAll(1 << i);
  }

  /** The people on every list of the mask (and perhaps others): the overlap of two lists is onAll(1 | 2). */
  public long onAll(int mask) {
    long on = 0;
    for (int cell = 1; cell < cells.length; cell++) {
      if ((cell & mask) == mask) {
        on += cells[cell];
      }
    }
    return on;
  }

  /** The people on exactly j lists, f_j. */
  public long onExactly(int j) {
    long on = 0;
    for (int cell = 1; cell < cells.length; cell++) {
      if (Integer.bitCount(cell) == j) {
        on += cells[cell];
      }
    }
    return on;
  }

  /** The two lists of the mask as histories of their own (people on neither are dropped). */
  public CaptureHistories pair(int first, int second) {
    long[] counts = new long[4];
    for (int cell = 1; cell < cells.length; cell++) {
      int on = ((cell >> first) & 1) | (((cell >> second) & 1) << 1);
      counts[on] += cells[cell];
    }
    return of(List.of(lists.get(first), lists.get(second)), counts);
  }

  long[] cells() {
    return cells.clone();
  }
}
