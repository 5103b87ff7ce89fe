package org.edition.names;

import java.util.Arrays;

/**
 * A table from words to values that is looked up with a range of a text and that range's hash,
 * so the thousand words of a document are never cut into strings to be looked up. Open
 * addressing; a table that is only read after it is built is safe to share between threads.
 */
final class WordTable<V> {
    private String[] keys = new String[16];
    /** Each key's hash beside it, so a probe that misses never reads the key itself (a cache miss each). */
    private int[] hashes = new int[16];
    private Object[] values = new Object[16];
    private int size;

    /** The hash {@link String#hashCode} gives to text[start, end). */
    static int hash(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text[i];
        }
        return h;
    }

    void put(String key, V value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slot(key, 0, key.length(), key.hashCode());
        if (keys[slot] == null) {
            keys[slot] = key;
            hashes[slot] = key.hashCode();
            size++;
        }
        values[slot] = value;
    }

    @SuppressWarnings("unchecked")
    V get(String key) {
        int slot = slot(key, 0, key.length(), key.hashCode());
        return keys[slot] == null ? null : (V) values[slot];
    }

    int size() {
        return size;
    }

    /** The value of the word text[start, end), whose {@link #hash} is {@code hash}; null if none. */
    @SuppressWarnings("unchecked")
    V get(char[] text, int start, int end, int hash) {
        int mask = keys.length - 1;
        int i = (hash ^ (hash >>> 16)) & mask;
        int length = end - start;
        while (true) {
            String k = keys[i];
            if (k == null) {
                return null;
            }
            if (hashes[i] == hash && k.length() == length && sameChars(k, text, start)) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
    }

    private static boolean sameChars(String k, char[] text, int start) {
        for (int j = 0; j < k.length(); j++) {
            if (k.charAt(j) != text[start + j]) {
                return false;
            }
        }
        return true;
    }

    private int slot(String text, int start, int end, int hash) {
        int mask = keys.length - 1;
        int i = (hash ^ (hash >>> 16)) & mask;
        int length = end - start;
        while (true) {
            String k = keys[i];
            if (k == null || (hashes[i] == hash && k.length() == length && text.startsWith(k, start))) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(oldKeys[i], 0, oldKeys[i].length(), oldKeys[i].hashCode());
                keys[slot] = oldKeys[i];
                hashes[slot] = oldKeys[i].hashCode();
                values[slot] = oldValues[i];
            }
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(Arrays.stream(keys).filter(k -> k != null).sorted().toArray());
    }
}
