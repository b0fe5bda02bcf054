package org.sanctuary.web;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The records the API reads and writes, found from the controllers of the application: each request
 * body and response, and the records they hold. OpenAPI names a schema after the record's simple
 * name, so two records of one name would share a schema; {@link #clashes} finds them.
 */
final class ApiTypes {

  private ApiTypes() {}

  /** Every record reachable from a controller, by its simple name (a clash keeps the first). */
  static Map<String, Class<?>> recordsByName() {
    Map<String, Class<?>> byName = new HashMap<>();
    records().forEach(type -> byName.putIfAbsent(type.getSimpleName(), type));
    return byName;
  }

  /** Simple names shared by more than one record of the API. */
  static Map<String, Set<String>> clashes() {
    Map<String, Set<String>> names = new HashMap<>();
    records().forEach(type -> names.computeIfAbsent(type.getSimpleName(), k -> new HashSet<>()).add(type.getName()));
    names.values().removeIf(types -> types.size() < 2);
    return names;
  }

  private static Set<Class<?>> records() {
    Set<Class<?>> found = new HashSet<>();
    Deque<Type> todo = new ArrayDeque<>();
    for (Class<?> controller : controllers()) {
      for (Method method : controller.getDeclaredMethods()) {
        if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
          continue;
        }
        todo.add(method.getGenericReturnType());
        for (int i = 0; i < method.getParameterCount(); i++) {
          if (method.getParameters()[i].isAnnotationPresent(RequestBody.class)) {
            todo.add(method.getGenericParameterTypes()[i]);
          }
        }
      }
    }
    while (!todo.isEmpty()) {
      Type type = todo.poll();
      if (type instanceof ParameterizedType parameterized) {
        todo.add(parameterized.getRawType());
        todo.addAll(java.util.List.of(parameterized.getActualTypeArguments()));
      } else if (type instanceof Class<?> c && c.isRecord() && c.getName().startsWith("org.sanctuary") && found.add(c)) {
        for (var component : c.getRecordComponents()) {
          todo.add(component.getGenericType());
        }
      }
    }
    return found;
  }

  private static Set<Class<?>> controllers() {
    var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(RestController.class));
    Set<Class<?>> controllers = new HashSet<>();
    for (var candidate : scanner.findCandidateComponents("org.sanctuary")) {
      try {
        controllers.add(Class.forName(candidate.getBeanClassName()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return controllers;
  }
}
