package org.sanctuary.estimation;

/**
 * The two-list estimate (Chapman 1951): N̂ = (n1+1)(n2+1)/(m+1) − 1, with variance
 * (n1+1)(n2+1)(n1−m)(n2−m) / ((m+1)²(m+2)), and a 95 % interval that cannot fall below the people
 * seen (log-normal on the unseen, Chao 1987). A baseline: it assumes the two lists are independent
 * and every person as likely to be on each, which human-rights lists rarely are.
 *
 * @param estimate N̂
 * @param standardError √Var
 * @param interval the 95 % interval
 * @param seen the people on either list
 */
public record Chapman(double estimate, double standardError, Interval interval, long seen) {

  /** The identifying assumption, in words shown beside the estimate. */
  public static final String ASSUMPTION =
      "The two lists are independent: being on one makes a person neither more nor less likely to be on the other,"
          + " and everyone was as likely to be recorded.";

  /** The estimate for list sizes n1 and n2 with m people on both. */
  public static Chapman of(long n1, long n2, long m) {
    if (n1 < 0 || n2 < 0 || m < 0 || m > Math.min(n1, n2)) {
      throw new IllegalArgumentException("the overlap of two lists is between 0 and the smaller list");
    }
    double a = n1 + 1.0;
    double b = n2 + 1.0;
    double estimate = a * b / (m + 1.0) - 1;
    double variance = a * b * (n1 - m) * (n2 - m) / ((m + 1.0) * (m + 1.0) * (m + 2.0));
    long seen = n1 + n2 - m;
    return new Chapman(estimate, Math.sqrt(variance), logNormal(seen, estimate, variance), seen);
  }

  /** The estimate of the first two lists of the histories given. */
  public static Chapman of(CaptureHistories lists, int first, int second) {
    return of(lists.onList(first), lists.onList(second), lists.onAll(1 << first | 1 << second));
  }

  /**
   * The 95 % interval of Chao (1987): the unseen f0 = N̂ − n taken as log-normal, so the interval is
   * [n + f0/C, n + f0·C] with C = exp(1.96 √ln(1 + Var/f0²)); when none are estimated unseen, the
   * interval is the people seen.
   */
  static Interval logNormal(long seen, double estimate, double variance) {
    double unseen = estimate - seen;
    if (unseen <= 0 || variance <= 0) {
      return new Interval(seen, Math.max(seen, estimate), 0.95);
    }
    double c = Math.exp(1.959964 * Math.sqrt(Math.log(1 + variance / (unseen * unseen))));
    return new Interval(seen + unseen / c, seen + unseen * c, 0.95);
  }
}
