package org.sanctuary.shared;

/** One rejected input field: its name as the caller sent it (e.g. {@code names[0].value}) and why. */
public record FieldProblem(String field, String message) {}
