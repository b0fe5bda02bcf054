package org.sanctuary.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctuary.access.Permission;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description states, for every operation, the permission it needs (read from the same
 * {@code @PreAuthorize} that enforces it, with the roles that hold it) and the problem codes it can
 * answer with, so the description cannot drift from the code.
 */
@Configuration
class ApiDocumentation {

  private static final String BEARER = "bearer";
  private static final String PROBLEM = "Problem";

  /** RFC 9457 with Sanctuary's extensions: the stable code, field errors, and a refused rule's words. */
  @SuppressWarnings("rawtypes")
  private static io.swagger.v3.oas.models.media.Schema problemSchema() {
    return new io.swagger.v3.oas.models.media.ObjectSchema()
        .description("An RFC 9457 problem document")
        .addProperty("type", new io.swagger.v3.oas.models.media.StringSchema())
        .addProperty("title", new io.swagger.v3.oas.models.media.StringSchema())
        .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
        .addProperty("detail", new io.swagger.v3.oas.models.media.StringSchema())
        .addProperty("code", new io.swagger.v3.oas.models.media.StringSchema()
            .description("Stable: VALIDATION_FAILED, UNAUTHENTICATED, NOT_PERMITTED, NOT_FOUND, STALE_VERSION, a reason code"))
        .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(new io.swagger.v3.oas.models.media.ObjectSchema()
            .addProperty("field", new io.swagger.v3.oas.models.media.StringSchema())
            .addProperty("message", new io.swagger.v3.oas.models.media.StringSchema())))
        .addProperty("rule", new io.swagger.v3.oas.models.media.StringSchema())
        .addProperty("norm", new io.swagger.v3.oas.models.media.StringSchema())
        .addProperty("missing", new io.swagger.v3.oas.models.media.ArraySchema().items(new io.swagger.v3.oas.models.media.StringSchema()));
  }

  @Bean
  OpenAPI sanctuaryApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Sanctuary API")
                .version("0.1")
                .description(
                    "A fair and independent asylum procedure, and protection monitoring. Errors are"
                        + " RFC 9457 problem documents with a stable `code`.")
                .license(new License().name("AGPL-3.0-or-later")))
        .components(
            new Components()
                .addSchemas(PROBLEM, problemSchema())
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A token from POST /api/tokens")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  static {
    // Identifiers travel as strings (JsonIdentifiers), and are described so.
    for (Class<?> id : List.of(org.sanctuary.procedure.CaseId.class, org.sanctuary.access.OfficeId.class,
        org.sanctuary.registry.PersonId.class, org.sanctuary.registry.GroupId.class)) {
      org.springdoc.core.utils.SpringDocUtils.getConfig().replaceWithClass(id, java.util.UUID.class);
    }
  }

  /**
   * Marks as required the record components that are always present in a response (those not
   * {@code @Nullable}) and, in requests, the version a command must send.
   */
  @Bean
  org.springdoc.core.customizers.OpenApiCustomizer requiredFields() {
    return api -> {
      if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
        return;
      }
      Map<String, Class<?>> records = ApiTypes.recordsByName();
      api.getComponents().getSchemas().forEach((name, schema) -> {
        Class<?> type = records.get(name);
        if (type == null || schema.getProperties() == null) {
          return;
        }
        for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
          boolean nullable = component.getAnnotatedType().isAnnotationPresent(org.jspecify.annotations.Nullable.class)
              || component.isAnnotationPresent(org.jspecify.annotations.Nullable.class);
          boolean commandVersion = component.getName().equals("version")
              && (name.endsWith("Request") || org.sanctuary.procedure.CaseStep.class.isAssignableFrom(type));
          if ((!nullable || commandVersion) && schema.getProperties().containsKey(component.getName())) {
            schema.addRequiredItem(component.getName());
          }
        }
      });
    };
  }

  @Bean
  OperationCustomizer permissionsAndProblems() {
    return (operation, handler) -> {
      PreAuthorize rule = handler.getMethodAnnotation(PreAuthorize.class);
      String who = rule == null ? "not declared" : describe(rule.value());
      String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
      org.sanctuary.procedure.GivesCommand gives = handler.getMethodAnnotation(org.sanctuary.procedure.GivesCommand.class);
      if (gives != null) {
        description += "**Command:** " + gives.value().name() + " — roles that may give it: "
            + gives.value().roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + "\n\n";
      }
      operation.setDescription(description + "**Permission:** " + who);
      addProblems(operation, handler, rule);
      return operation;
    };
  }

  static String describe(String expression) {
    for (Permission permission : Permission.values()) {
      if (expression.equals("hasAuthority('" + permission.name() + "')")) {
        return permission.name()
            + " — roles: "
            + permission.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
      }
    }
    return switch (expression) {
      case "permitAll()" -> "anyone, signed in or not";
      case "isAuthenticated()" -> "any signed-in user";
      default -> expression;
    };
  }

  private static void addProblems(Operation operation, HandlerMethod handler, PreAuthorize rule) {
    ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    boolean takesInput =
        Arrays.stream(handler.getMethodParameters())
            .anyMatch(
                p ->
                    p.hasParameterAnnotation(RequestBody.class)
                        || p.hasParameterAnnotation(RequestParam.class)
                        || p.hasParameterAnnotation(PathVariable.class));
    if (takesInput) {
      responses.addApiResponse("400", problem("VALIDATION_FAILED: a field is missing or malformed; `errors` names each"));
    }
    if (rule == null || !rule.value().equals("permitAll()")) {
      responses.addApiResponse("401", problem("UNAUTHENTICATED: no valid bearer token"));
      responses.addApiResponse("403", problem("NOT_PERMITTED: the caller's roles do not allow this"));
    }
    boolean byId = Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
    if (byId) {
      responses.addApiResponse("404", problem("NOT_FOUND: no such record in the caller's offices"));
    }
    boolean procedure = handler.getBeanType().getPackageName().startsWith("org.sanctuary.procedure");
    if (procedure && (handler.hasMethodAnnotation(PostMapping.class) || handler.hasMethodAnnotation(PutMapping.class))) {
      responses.addApiResponse(
          "409",
          problem(
              "A reason code of procedure.md §4 (docs/reason-codes.md), with `rule`, `norm` and, where a"
                  + " list applies, `missing`; or STALE_VERSION"));
    } else if (handler.hasMethodAnnotation(PutMapping.class)) {
      responses.addApiResponse("409", problem("STALE_VERSION: changed by someone else since the version sent"));
    } else if (handler.hasMethodAnnotation(PostMapping.class)) {
      responses.addApiResponse("409", problem("ALREADY_EXISTS: created by someone else at the same moment; or the code of a"
          + " rule the request breaks"));
    }
    operation.setResponses(responses);
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse().description(description).content(new io.swagger.v3.oas.models.media.Content().addMediaType(
        "application/problem+json", new io.swagger.v3.oas.models.media.MediaType().schema(
            new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }
}
