package org.edition;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Edition's version, from the build (so the TEI header and --version never disagree with the POM). */
public final class Version {
    public static final String NUMBER = load();

    private Version() {
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "0.0.0");
            return v.startsWith("$") ? "0.0.0" : v;
        } catch (IOException e) {
            return "0.0.0";
        }
    }
}
