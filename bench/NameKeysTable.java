import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.sanctuary.identity.NameKeys;

/**
 * Reads names, one per line, and writes each with its canonical keys as tab-separated lines, for the
 * bench scripts to load beside names they bulk-insert in SQL (the application keys names it writes
 * itself). Run with the compiled classes: java -cp target/classes bench/NameKeysTable.java
 */
public class NameKeysTable {
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String name = in.readLine(); name != null; name = in.readLine()) {
        for (String key : NameKeys.of(name)) {
          out.println(name + "\t" + key);
        }
      }
    }
    out.flush();
  }
}
