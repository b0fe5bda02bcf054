package org.sanctuary.estimation;

/** A range an estimate is given with, and how sure: 0.95 for a 95 % interval. */
public record Interval(double lower, double upper, double level) {

  public Interval {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("an interval's lower end is not above its upper end");
    }
  }

  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
