package org.sanctuary.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

/**
 * Whether the page draws Hangul with real glyphs: the same text drawn in Hangul and in private-use
 * characters (which no font has, so they come out as empty boxes) must not give the same picture.
 * Without a Korean font (fonts-nanum) both come out as boxes and the pictures are equal.
 */
final class HangulCheck {

  private HangulCheck() {}

  static void assertHangulIsDrawn(Page page) {
    page.evaluate("() => {"
        + " const style = getComputedStyle(document.querySelector('h1'));"
        + " for (const [id, text] of [['hangul-probe', '난민지위결정'], ['box-probe', '\\uE000\\uE001\\uE002\\uE003\\uE004\\uE005']]) {"
        + "   const span = document.createElement('span'); span.id = id; span.textContent = text;"
        + "   span.style.fontFamily = style.fontFamily; span.style.fontSize = '32px'; span.style.display = 'inline-block';"
        + "   document.body.appendChild(span);"
        + " } }");
    byte[] hangul = page.locator("#hangul-probe").screenshot();
    byte[] boxes = page.locator("#box-probe").screenshot();
    assertThat(hangul).as("Hangul drawn with a Korean font, not as boxes").isNotEqualTo(boxes);
  }
}
