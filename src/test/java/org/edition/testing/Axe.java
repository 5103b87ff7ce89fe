package org.edition.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Deque's axe-core accessibility rules (the {@code axe.min.js} bundled in its Selenium jar), run in
 * the page open in a {@link Browser}: what a reader with a screen reader, a keyboard or weak eyes
 * would trip over, as far as a machine can tell (contrast, names of controls and links, landmarks,
 * headings, languages, ids).
 *
 * <pre>{@code
 * browser.open(page);
 * assertThat(Axe.violations(browser)).isEmpty();   // each: "rule (impact): help; where"
 * }</pre>
 */
public final class Axe {
    /** The rules of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SCRIPT = read();

    private Axe() {
    }

    /** The violations of {@link #WCAG_AA} on the page as it is displayed now, one line each (rule, impact, help, where). */
    public static List<String> violations(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + '; '
                      + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')
                      + (v.nodes.length > 5 ? ' and ' + (v.nodes.length - 5) + ' more' : ''))))
                  .catch(e => done(['axe failed: ' + e]));
                """, WCAG_AA);
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) result;
        return lines;
    }

    private static String read() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
