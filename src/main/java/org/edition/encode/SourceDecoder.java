package org.edition.encode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.edition.diag.Diagnostic;
import org.edition.diag.Diagnostics;
import org.edition.diag.InputException;
import org.edition.diag.Severity;

/**
 * Turns the bytes of an input file into {@link SourceText}: strict UTF-8 (a BOM is accepted),
 * CRLF and CR normalised to LF, characters that XML forbids replaced by U+FFFD with a warning.
 * Inputs that cannot be text at all (binary, wrong encoding, empty, too large) fail with a
 * positioned diagnostic. Stateless.
 */
public final class SourceDecoder {
    /** Larger inputs are refused: a translation of an archival document is never this long. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final int BINARY_SNIFF = 8192;

    public SourceText decode(String name, byte[] bytes, Diagnostics diagnostics) throws InputException {
        if (bytes.length > MAX_BYTES) {
            throw fail(name, 0, 0, "E004", "file is " + bytes.length + " bytes, more than the limit of "
                    + MAX_BYTES + "; split it into one file per document");
        }
        int start = hasBom(bytes) ? 3 : 0;
        checkNotBinary(name, bytes, start);
        String raw = decodeUtf8(name, bytes, start);
        String text = normaliseLineBreaks(raw);
        if (text.isBlank()) {
            throw fail(name, 0, 0, "E001", bytes.length == 0 ? "file is empty; nothing to convert"
                    : "file contains only whitespace; nothing to convert");
        }
        return replaceForbiddenCharacters(name, text, diagnostics);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static void checkNotBinary(String name, byte[] bytes, int start) throws InputException {
        int end = Math.min(bytes.length, start + BINARY_SNIFF);
        int control = 0;
        for (int i = start; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw fail(name, 0, 0, "E002", "binary file (NUL byte at byte offset " + i
                        + "); Edition converts plain UTF-8 text only");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        // A few stray control characters are a text file with glitches; many mean it is not text.
        if (end > start && control > 8 && control * 10 > end - start) {
            throw fail(name, 0, 0, "E002", "binary file (" + control + " control bytes in the first "
                    + (end - start) + "); Edition converts plain UTF-8 text only");
        }
    }

    private static String decodeUtf8(String name, byte[] bytes, int start) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int byteOffset = in.position();
            out.flip();
            SourceText before = new SourceText(name, normaliseLineBreaks(out.toString()));
            var pos = before.positionOf(before.text().length());
            throw fail(name, pos.line(), pos.column(), "E003", String.format(
                    "invalid UTF-8 (byte 0x%02X at byte offset %d); re-save the file as UTF-8",
                    bytes[byteOffset] & 0xFF, byteOffset));
        }
        out.flip();
        return out.toString();
    }

    static String normaliseLineBreaks(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static SourceText replaceForbiddenCharacters(String name, String text, Diagnostics diagnostics) {
        StringBuilder sb = null;
        SourceText positions = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean forbidden = (c < 0x20 && c != '\n' && c != '\t')
                    || c == 0xFFFE || c == 0xFFFF
                    || (Character.isSurrogate(c) && !validSurrogateAt(text, i));
            if (Character.isHighSurrogate(c) && validSurrogateAt(text, i)) {
                i++; // keep the pair
                continue;
            }
            if (forbidden) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                    positions = new SourceText(name, text);
                }
                sb.setCharAt(i, '\uFFFD');
                diagnostics.warning(positions.positionOf(i), "W001", String.format(
                        "character U+%04X is not allowed in XML; replaced by U+FFFD", (int) c));
            }
        }
        return new SourceText(name, sb == null ? text : sb.toString());
    }

    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return false;
    }

    private static InputException fail(String name, int line, int column, String code, String message) {
        return new InputException(new Diagnostic(name, line, column, Severity.ERROR, message, code));
    }

}
