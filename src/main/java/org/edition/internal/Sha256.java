package org.edition.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which every JDK has: a fresh digest, or the hex digest of some bytes. */
public final class Sha256 {
    private Sha256() {
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Adds {@code s} to a key, its length first, so that no two lists of parts give the same bytes. */
    public static void part(MessageDigest sha, String s) {
        part(sha, s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Adds {@code b} to a key, its length first. */
    public static void part(MessageDigest sha, byte[] b) {
        sha.update((byte) (b.length >>> 24));
        sha.update((byte) (b.length >>> 16));
        sha.update((byte) (b.length >>> 8));
        sha.update((byte) b.length);
        sha.update(b);
    }
}
