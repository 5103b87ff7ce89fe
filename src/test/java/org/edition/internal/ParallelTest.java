package org.edition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The batch runner under every step: results in input order, failures in their place, a bounded window. */
class ParallelTest {
    @Test
    void handsOverEveryResultInInputOrderWithFailuresInTheirPlace() {
        List<Integer> inputs = IntStream.range(0, 500).boxed().toList();
        List<String> seen = new ArrayList<>();
        Parallel.forEach(inputs, 2, i -> {
            if (i % 7 == 0) {
                Thread.sleep(1); // later ones finish first
            }
            if (i % 50 == 3) {
                throw new IllegalArgumentException("bad " + i);
            }
            return i * 2;
        }, (i, r) -> seen.add(i + "=" + r), (i, e) -> seen.add(i + "!" + e.getMessage()));
        List<String> expected = inputs.stream().map(i -> i % 50 == 3 ? i + "!bad " + i : i + "=" + i * 2).toList();
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void keepsOnlyAWindowOfInputsInFlight() {
        // a caller that drops each result keeps memory flat: the work runs at most a window ahead of it
        AtomicInteger started = new AtomicInteger();
        AtomicInteger handed = new AtomicInteger();
        AtomicInteger furthestAhead = new AtomicInteger();
        Parallel.forEach(IntStream.range(0, 2000).boxed().toList(), 2, i -> {
            furthestAhead.accumulateAndGet(started.incrementAndGet() - handed.get(), Math::max);
            return i;
        }, (i, r) -> handed.incrementAndGet(), (i, e) -> { });
        assertThat(handed.get()).isEqualTo(2000);
        assertThat(furthestAhead.get()).isLessThanOrEqualTo(64 + 1);
    }

    @Test
    void mapGivesNullWhereTheWorkFailed() {
        List<String> failed = new ArrayList<>();
        List<Integer> out = Parallel.map(List.of(1, 2, 3), 2, i -> {
            if (i == 2) {
                throw new IllegalStateException("two");
            }
            return i;
        }, (i, e) -> failed.add(i + ": " + e.getMessage()));
        assertThat(out).containsExactly(1, null, 3);
        assertThat(failed).containsExactly("2: two");
    }

    @Test
    void aheadGivesTheResultsOneByOneInInputOrderAndAFailureInItsPlace() throws Exception {
        List<String> seen = new ArrayList<>();
        try (Parallel.Ahead<Integer, Integer> ahead = Parallel.ahead(IntStream.range(0, 300).boxed().toList(), 2, i -> {
            if (i % 5 == 0) {
                Thread.sleep(1);
            }
            if (i == 123) {
                throw new java.io.IOException("unreadable " + i);
            }
            return i;
        })) {
            while (ahead.hasNext()) {
                try {
                    seen.add(String.valueOf(ahead.next()));
                } catch (java.util.concurrent.ExecutionException e) {
                    seen.add(e.getCause().getMessage());
                }
            }
            assertThatThrownBy(ahead::next).isInstanceOf(java.util.NoSuchElementException.class);
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 300)
                .mapToObj(i -> i == 123 ? "unreadable 123" : String.valueOf(i)).toList());
    }
}
