package org.edition.internal;

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
        AtomicInteger no = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> DeepStack.newThread(r, "worker-" + no.incrementAndGet()));
        int window = Math.max(16, threads * 32);
        try {
            java.util.ArrayDeque<Future<T>> inFlight = new java.util.ArrayDeque<>();
            int submitted = 0;
            for (int i = 0; i < inputs.size(); i++) {
                for (; submitted < inputs.size() && submitted - i < window; submitted++) {
                    I input = inputs.get(submitted);
                    inFlight.add(pool.submit(() -> work.apply(input)));
                }
                T result;
                try {
                    result = inFlight.remove().get();
                } catch (ExecutionException e) {
                    failed.accept(inputs.get(i), e.getCause());
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                done.accept(inputs.get(i), result);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
