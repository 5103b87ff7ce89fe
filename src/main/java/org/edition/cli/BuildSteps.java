package org.edition.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The wall and CPU time of each step of a build (convert, register, render, site), in the order
 * they ran. CPU time is the whole JVM's (all threads, JIT and GC), read before and after a step:
 * the steps run one after the other, so each one's share is its own. One per build; not
 * thread-safe.
 */
final class BuildSteps {
    record Step(String name, long wallNanos, long cpuNanos) {
    }

    private final List<Step> steps = new ArrayList<>();

    /** Runs {@code step} and records its times; returns what it returned. */
    boolean time(String name, BooleanSupplier step) {
        long wall = System.nanoTime();
        long cpu = BenchmarkCommand.processCpu();
        try {
            return step.getAsBoolean();
        } finally {
            steps.add(new Step(name, System.nanoTime() - wall, BenchmarkCommand.processCpu() - cpu));
        }
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }
}
