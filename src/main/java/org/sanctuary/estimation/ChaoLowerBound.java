package org.sanctuary.estimation;

/**
 * Chao's lower bound (1987) over any number of lists: n + f1²/(2 f2), from the people seen on exactly
 * one list (f1) and on exactly two (f2); and its bias-corrected form n + f1(f1−1)/(2(f2+1)), which
 * stays finite when no one is on exactly two. A floor under heterogeneous catchability, not an
 * estimate of N.
 *
 * @param seen n
 * @param once f1
 * @param twice f2
 * @param bound n + f1²/(2 f2); infinite when f2 is 0 and f1 is not
 * @param biasCorrected n + f1(f1−1)/(2(f2+1))
 */
public record ChaoLowerBound(long seen, long once, long twice, double bound, double biasCorrected) {

  public static final String ASSUMPTION =
      "At least this many: the people seen once and twice bound those never seen, however unequal the chances of"
          + " being recorded were.";

  public static ChaoLowerBound of(CaptureHistories lists) {
    long n = lists.seen();
    long f1 = lists.onExactly(1);
    long f2 = lists.onExactly(2);
    double bound = f2 > 0 ? n + (double) f1 * f1 / (2.0 * f2) : f1 == 0 ? n : Double.POSITIVE_INFINITY;
    double corrected = n + (double) f1 * (f1 - 1) / (2.0 * (f2 + 1));
    return new ChaoLowerBound(n, f1, f2, bound, corrected);
  }
}
