package org.edition.pipeline;

import java.io.Writer;

/** A writer into a string, without the lock {@link java.io.StringWriter} takes on every write. One thread only. */
final class StringBuilderWriter extends Writer {
    private final StringBuilder text = new StringBuilder(1 << 15);

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        text.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        text.append(s, off, off + len);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
