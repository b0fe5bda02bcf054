package org.sanctuary.procedure.letter;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays a letter out as a PDF/A-2u document: a Thymeleaf template written as XHTML, in the reader's
 * language, with its one font embedded (only the glyphs used), so that it prints and archives the
 * same anywhere. The font covers Latin, Hangul and Han (resources/fonts/README.md).
 */
@Component
public class LetterPdf {

  /** The family name letter templates use for their text. */
  public static final String FONT = "Sanctuary Letter";

  private static final String FONT_FILE = "/fonts/wqy-microhei.ttf";

  private final ITemplateEngine templates;

  LetterPdf(ITemplateEngine templates) {
    this.templates = templates;
  }

  /** The template ({@code letters/…}) rendered with these values in this language, as PDF bytes. */
  public byte[] render(String template, Locale language, Map<String, Object> values) {
    String xhtml = templates.process(template, new Context(language, values));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
      builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      builder.useFont(() -> LetterPdf.class.getResourceAsStream(FONT_FILE), FONT);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(pdf);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("the letter could not be laid out", e);
    }
    return pdf.toByteArray();
  }
}
