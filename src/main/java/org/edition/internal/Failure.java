package org.edition.internal;

/** What a failed piece of work tells the user: its message, and for running out of memory what to do. */
public final class Failure {
    private Failure() {
    }

    public static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (" + e.getMessage() + ") in a Java heap of at most "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB; give Java more, e.g. EDITION_JAVA_OPTS=-Xmx2g ./edition ...";
        }
        return e.getMessage();
    }
}
