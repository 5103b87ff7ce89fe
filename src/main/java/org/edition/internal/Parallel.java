package org.edition.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.edition.internal.DeepStack;

/** A function over inputs (files, most often) on all cores (threads with a deep stack, for XSLT), results in input order. */
public final class Parallel {
    public interface Work<I, T> {
        T apply(I input) throws Exception;
    }

    private Parallel() {
    }

    /** @return one result per input, null where the work failed (and {@code failed} was told why) */
    public static <I, T> List<T> map(List<I> files, int threads, Work<I, T> work, BiConsumer<I, Throwable> failed) {
        List<T> results = new ArrayList<>();
        forEach(files, threads, work, (f, r) -> results.add(r), (f, e) -> {
            failed.accept(f, e);
            results.add(null);
        });
        return results;
    }

    /**
     * The work on every input, on all cores, each result handed to {@code done} in input order as soon
     * as it and those before it are ready (a failure to {@code failed} instead), so that a caller that
     * only counts or reports them holds none: at most a window of inputs is in flight.
     */
    public static <I, T> void forEach(List<I> inputs, int threads, Work<I, T> work, BiConsumer<I, T> done,
            BiConsumer<I, Throwable> failed) {
        // closed in a finally, not by try-with-resources: out of memory, the JVM may throw one and the same
        // error from the work and from close(), and adding an error to itself as suppressed fails
        Ahead<I, T> ahead = ahead(inputs, threads, work);
        try {
            for (int i = 0; ahead.hasNext(); i++) {
                T result;
                try {
                    result = ahead.next();
                } catch (ExecutionException e) {
                    failed.accept(inputs.get(i), e.getCause());
                    continue;
                }
                done.accept(inputs.get(i), result);
            }
        } finally {
            ahead.close();
        }
    }

    /**
     * The results of the work on every input, taken one at a time in input order by a caller that
     * must have them so (writing them in order, say), while the work runs ahead on all cores, a
     * window of inputs at a time.
     */
    public static <I, T> Ahead<I, T> ahead(List<I> inputs, int threads, Work<I, T> work) {
        return new Ahead<>(inputs, threads, work);
    }

    /** See {@link #ahead}; closing it stops the work not yet taken. */
    public static final class Ahead<I, T> implements AutoCloseable {
        private final List<I> inputs;
        private final Work<I, T> work;
        private final ExecutorService pool;
        private final int window;
        private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
        private int submitted;
        private int taken;

        private Ahead(List<I> inputs, int threads, Work<I, T> work) {
            this.inputs = inputs;
            this.work = work;
            AtomicInteger no = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> DeepStack.newThread(r, "worker-" + no.incrementAndGet()));
            this.window = Math.max(16, threads * 32);
        }

        public boolean hasNext() {
            return taken < inputs.size();
        }

        /** @throws ExecutionException with the work's failure as its cause */
        public T next() throws ExecutionException {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            for (; submitted < inputs.size() && submitted - taken < window; submitted++) {
                I input = inputs.get(submitted);
                inFlight.add(pool.submit(() -> work.apply(input)));
            }
            taken++;
            try {
                return inFlight.remove().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
}
