package org.sanctuary.shared;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list query: the items, the zero-based page number, the page size and the total.
 * Large lists count only up to {@link #COUNT_LIMIT} + 1: past it {@code total} is a lower bound and
 * {@code totalIsLowerBound} says so, because counting 100,000 rows for every page costs more than the
 * page itself (docs/benchmarks.md). {@code next} is the position after the last item when the page is
 * full: asked for as {@code after}, it gives the next page at the cost of the first (lists.Keyset).
 */
public record ResultPage<T>(List<T> items, int page, int size, long total, boolean totalIsLowerBound, @Nullable String next) {

  public static final long COUNT_LIMIT = 10_000;

  public ResultPage {
    items = List.copyOf(items);
  }

  public ResultPage(List<T> items, int page, int size, long total, boolean totalIsLowerBound) {
    this(items, page, size, total, totalIsLowerBound, null);
  }

  public ResultPage(List<T> items, int page, int size, long total) {
    this(items, page, size, total, total > COUNT_LIMIT, null);
  }

  public int totalPages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  /** Whether a next page exists; past the counting limit, whenever this page is full. */
  public boolean hasNext() {
    return totalIsLowerBound ? items.size() == size : page + 1 < totalPages();
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public <R> ResultPage<R> map(Function<T, R> mapper) {
    return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total, totalIsLowerBound, next);
  }
}
