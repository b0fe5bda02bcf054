package org.sanctuary.procedure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an installation says about where it works.
 *
 * @param hostCountry ISO 3166 three-letter code of the state the offices are in; its nationals get
 *     no derivative refugee status (Handbook ¶184)
 */
@ConfigurationProperties("sanctuary.procedure")
public record ProcedureProperties(@DefaultValue("CHN") String hostCountry) {}
