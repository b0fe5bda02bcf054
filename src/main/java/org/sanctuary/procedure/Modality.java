package org.sanctuary.procedure;

/**
 * How a claim is processed. Accelerated and simplified modalities shorten target dates only: they
 * never remove the interview, the interpreter, reasons, the appeal or its suspensive effect.
 */
public enum Modality {
  REGULAR,
  ACCELERATED,
  SIMPLIFIED,
  PRIMA_FACIE
}
