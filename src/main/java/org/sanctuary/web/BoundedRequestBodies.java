package org.sanctuary.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every request body, before any service sees it: each list, set or map in it holds at most
 * {@value #MOST_ENTRIES} entries, none of them null or blank, and no text holds a NUL character
 * (which PostgreSQL cannot store and H2 would). A request that breaks this is refused with 400,
 * naming the field ({@code names}, {@code memberships[0].roles}), and changes nothing: no person
 * with 200,000 names, no 500 for a null in an array.
 */
@RestControllerAdvice
class BoundedRequestBodies extends RequestBodyAdviceAdapter {

  static final String NUL = "contains a NUL character, which no text may hold";

  /** The most entries any collection of a request may hold. */
  static final int MOST_ENTRIES = 100;

  @Override
  public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
    return true;
  }

  @Override
  public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converter) {
    List<FieldProblem> problems = new ArrayList<>();
    check("body", body, problems, 0);
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    return body;
  }

  static void check(String path, @Nullable Object value, List<FieldProblem> problems, int depth) {
    if (value == null || depth > 8) {
      return;
    }
    if (value instanceof String text) {
      if (text.indexOf('\u0000') >= 0) {
        problems.add(new FieldProblem(path, NUL));
      }
    } else if (value instanceof Collection<?> entries) {
      checkEntries(path, entries, problems, depth);
    } else if (value instanceof Map<?, ?> map) {
      checkEntries(path, map.values(), problems, depth);
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          java.lang.reflect.Method accessor = component.getAccessor();
          accessor.setAccessible(true); // request records are package-private in their controllers
          Object field = accessor.invoke(value);
          check(path.equals("body") ? component.getName() : path + "." + component.getName(), field, problems, depth + 1);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("a request record's accessor is public", e);
        }
      }
    }
  }

  private static void checkEntries(String path, Collection<?> entries, List<FieldProblem> problems, int depth) {
    if (entries.size() > MOST_ENTRIES) {
      problems.add(FieldProblem.of(path, "holds at most {0} entries", MOST_ENTRIES));
      return;
    }
    int index = 0;
    for (Object entry : entries) {
      String at = path + "[" + index++ + "]";
      if (entry == null || (entry instanceof String text && text.isBlank())) {
        problems.add(new FieldProblem(at, "is empty: leave it out of the list"));
      } else {
        check(at, entry, problems, depth + 1);
      }
    }
  }
}
