package org.edition.internal;

/** What a failed piece of work tells the user: its message, and for running out of memory what to do. */
public final class Failure {
    private Failure() {
    }

    /**
     * The OutOfMemoryError behind {@code e}, if any: the error itself, or one it wraps (a
     * try-with-resources whose body and close() both ran out of memory may get one and the same
     * error twice, and then fails with an IllegalArgumentException that has it as its cause).
     */
    public static OutOfMemoryError outOfMemory(Throwable e) {
        for (int depth = 0; e != null && depth < 8; e = e.getCause(), depth++) {
            if (e instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }

    public static String describe(Throwable e) {
        OutOfMemoryError oom = outOfMemory(e);
        if (oom != null) {
            return "out of memory (" + oom.getMessage() + ") in a Java heap of at most "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB; give Java more, e.g. EDITION_JAVA_OPTS=-Xmx2g ./edition ...";
        }
        return e.getMessage();
    }
}
