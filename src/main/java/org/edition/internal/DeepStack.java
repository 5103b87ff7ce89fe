package org.edition.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work that recurses as deep as the document nests (JDOM output, Jing, XSLT over 500 levels
 * of brackets) on a thread with a large stack. Edition's own worker threads already have one and
 * run the work directly; any other caller (a library user, a test) gets a short-lived thread.
 */
public final class DeepStack {
    /** Stack size of Edition's threads; plenty for a thousand levels of nesting in Saxon. */
    public static final long STACK_BYTES = 256L << 20;
    private static final String PREFIX = "edition-";

    private DeepStack() {
    }

    public static Thread newThread(Runnable r, String name) {
        Thread t = new Thread(null, r, PREFIX + name, STACK_BYTES);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler(DeepStack::uncaught);
        return t;
    }

    /**
     * A worker that dies of running out of memory says nothing: the command's main thread reports
     * it in one line with what to do (a stack trace here would itself need memory). Anything else
     * is a bug, reported in one line too.
     */
    private static void uncaught(Thread t, Throwable e) {
        try {
            if (Failure.outOfMemory(e) == null) {
                System.err.println("edition: error: internal error in " + t.getName() + ", please report: " + e);
            }
        } catch (Throwable again) {
            // out of memory here too: a handler that throws makes the JVM print the exception's name
        }
    }

    public static <T> T call(Callable<T> work) {
        if (Thread.currentThread().getName().startsWith(PREFIX)) {
            return unchecked(work);
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = newThread(() -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "deep");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
        return result.get();
    }

    private static <T> T unchecked(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
