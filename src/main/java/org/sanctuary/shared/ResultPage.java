package org.sanctuary.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list query: the items, the zero-based page number, the page size and the total. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

  public ResultPage {
    items = List.copyOf(items);
  }

  public int totalPages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  public boolean hasNext() {
    return page + 1 < totalPages();
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public <R> ResultPage<R> map(Function<T, R> mapper) {
    return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
