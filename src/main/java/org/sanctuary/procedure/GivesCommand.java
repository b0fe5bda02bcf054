package org.sanctuary.procedure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation that gives a command of the procedure, so that its description names the
 * command and the roles of {@link Command#roles()} that may give it, read from the same table that
 * enforces it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GivesCommand {

  Command value();
}
