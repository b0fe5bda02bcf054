package org.sanctuary.exit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file's framing, shared by export and import: one JSON object per line, and a SHA-256 over every
 * line before the last (its UTF-8 bytes and the line feed after it), which the last line states and
 * signs (docs/exit-format.md).
 */
final class ExitFile {

  static final String FORMAT = "sanctuary-exit";
  static final int VERSION = 1;

  /** Every value written as it is, nulls included: a missing column and an empty one must not look alike. */
  static final JsonMapper JSON = JsonMapper.builder().build();

  private ExitFile() {}

  /** What the last line signs: the export, how many lines came before, and their digest. */
  static String signedText(String exportId, long lines, String sha256) {
    return "sanctuary exit\n" + exportId + "\n" + lines + "\n" + sha256;
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Writes lines and keeps their count and digest. */
  static final class Writer {
    private final OutputStream out;
    private final MessageDigest digest = newDigest();
    private long lines;

    Writer(OutputStream out) {
      this.out = out;
    }

    void line(Map<String, ?> record) throws IOException {
      byte[] bytes = (JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
      digest.update(bytes);
      out.write(bytes);
      lines++;
    }

    long lines() {
      return lines;
    }

    String sha256() {
      return HexFormat.of().formatHex(digest.digest());
    }

    /** The last line, outside the digest. */
    void last(Map<String, ?> record) throws IOException {
      out.write((JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
