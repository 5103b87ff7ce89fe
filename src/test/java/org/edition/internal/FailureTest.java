package org.edition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a failure tells the user; running out of memory is told as such, however it arrives. */
class FailureTest {
    @Test
    void runningOutOfMemoryIsFoundBehindTheErrorOfAddingAnErrorToItself() {
        // out of memory, the JVM may throw one preallocated error from a try-with-resources' body and
        // from its close(): adding it to itself as suppressed then throws this instead
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> oom.addSuppressed(oom)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> thrown[0] = e);
        assertThat(Failure.outOfMemory(thrown[0])).isSameAs(oom);
        assertThat(Failure.describe(thrown[0])).startsWith("out of memory (Java heap space)");
        assertThat(Failure.outOfMemory(new RuntimeException("wrapped", oom))).isSameAs(oom);
        assertThat(Failure.outOfMemory(new IllegalStateException("a bug"))).isNull();
        assertThat(Failure.describe(oom)).startsWith("out of memory (Java heap space) in a Java heap of at most ")
                .endsWith("give Java more, e.g. EDITION_JAVA_OPTS=-Xmx2g ./edition ...");
    }
}
