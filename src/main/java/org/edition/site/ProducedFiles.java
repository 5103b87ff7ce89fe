package org.edition.site;

import java.nio.file.Path;

/**
 * The files a build of the site made, so that those an earlier build left behind can be removed:
 * each kept as a 64-bit hash of its absolute path, 8 bytes a file (the paths themselves took some
 * 180 bytes each, 9 MB for the 50,000 files of 10,000 documents). Two paths sharing a hash, a chance
 * of about one in 10^10 at that size, would only leave one stale file in place. Thread-safe.
 */
final class ProducedFiles {
    /** Open addressing, linear probing; 0 marks an empty slot (a hash of 0 is stored as 1). */
    private long[] slots = new long[1024];
    private int size;

    synchronized void add(Path file) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (insert(slots, hash(file))) {
            size++;
        }
    }

    synchronized boolean contains(Path file) {
        long h = hash(file);
        int mask = slots.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == h) {
                return true;
            }
        }
        return false;
    }

    synchronized int size() {
        return size;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long h : slots) {
            if (h != 0) {
                insert(bigger, h);
            }
        }
        slots = bigger;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        for (; table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == h) {
                return false;
            }
        }
        table[i] = h;
        return true;
    }

    /** FNV-1a over the characters of the absolute, normalized path, then mixed so that its low bits spread. */
    private static long hash(Path file) {
        String s = file.toAbsolutePath().normalize().toString();
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
