package org.sanctuary.forms.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.ServletRequestDataBinder;

/**
 * Binds what a page form sends into the same command record the API takes, so that a command has one
 * input type whichever door it comes through. A value that is not of its field's type (a date, a
 * choice) is reported beside the field, in the same words on every page.
 */
@Component
public class CommandForms {

  private final ConversionService conversions;

  CommandForms(@Qualifier("mvcConversionService") ConversionService conversions) {
    this.conversions = conversions;
  }

  /** What a form sent, the first value of each field, to show again as it was typed. */
  public static Map<String, String> typed(HttpServletRequest request) {
    Map<String, String> typed = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> {
      if (values.length > 0) {
        typed.put(name, values[0]);
      }
    });
    return typed;
  }

  /** A record bound from the request's parameters, or every field whose text is not of its type. */
  public <T> T bind(Class<T> type, HttpServletRequest request) {
    return bind(type, request, t -> List.of());
  }

  /**
   * A record bound from the request's parameters; or every field whose text is not of its type, with
   * the problems the record finds in itself ({@code ownProblems}) in the fields that were of their type.
   */
  public <T> T bind(Class<T> type, HttpServletRequest request, Function<T, List<FieldProblem>> ownProblems) {
    ServletRequestDataBinder binder = construct(type, request);
    List<FieldProblem> problems = new ArrayList<>();
    for (FieldError error : binder.getBindingResult().getFieldErrors()) {
      problems.add(new FieldProblem(error.getField(), notOfItsType(error)));
    }
    if (!problems.isEmpty()) {
      // Report the record's own problems with the mistyped fields, all at once: read it again without them.
      Set<String> mistyped = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
      Object typed = construct(type, without(request, mistyped)).getTarget();
      if (typed != null) {
        ownProblems.apply(type.cast(typed)).stream().filter(p -> !mistyped.contains(p.field())).forEach(problems::add);
      }
      throw new ValidationFailed(problems);
    }
    if (binder.getTarget() == null) {
      throw ValidationFailed.of("form", "could not be read; open the case again");
    }
    return type.cast(binder.getTarget());
  }

  private ServletRequestDataBinder construct(Class<?> type, HttpServletRequest request) {
    ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
    binder.setTargetType(ResolvableType.forClass(type));
    binder.setConversionService(conversions);
    binder.construct(request);
    return binder;
  }

  /** The request as if some fields had not been sent. */
  private static HttpServletRequest without(HttpServletRequest request, Set<String> fields) {
    Map<String, String[]> kept = new LinkedHashMap<>(request.getParameterMap());
    kept.keySet().removeAll(fields);
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getParameter(String name) {
        String[] values = kept.get(name);
        return values == null || values.length == 0 ? null : values[0];
      }

      @Override
      public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(kept);
      }

      @Override
      public Enumeration<String> getParameterNames() {
        return Collections.enumeration(kept.keySet());
      }

      @Override
      public String[] getParameterValues(String name) {
        return kept.get(name);
      }
    };
  }

  private static String notOfItsType(FieldError error) {
    Class<?> required = null;
    if (error.contains(TypeMismatchException.class)) {
      required = error.unwrap(TypeMismatchException.class).getRequiredType();
    }
    if (required == LocalDate.class) {
      return "is not a date (YYYY-MM-DD)";
    }
    if (required == LocalDateTime.class) {
      return "is not a day and time (2002-06-20T10:00)";
    }
    if (required == Double.class || required == Integer.class || required == Long.class) {
      return "is not a number";
    }
    if (required == UUID.class || (required != null && required.isEnum())) {
      return "is not one of the choices";
    }
    return "is not valid";
  }
}
