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
        AtomicInteger no = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> DeepStack.newThread(r, "worker-" + no.incrementAndGet()));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (I f : files) {
                futures.add(pool.submit(() -> work.apply(f)));
            }
            List<T> results = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    failed.accept(files.get(i), e.getCause());
                    results.add(null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
