package org.edition.encode;

import java.util.Locale;

/** Values of roman numerals, to tell "iv" after "iii" from a letter after "h". */
final class Roman {
    private Roman() {
    }

    /** The value of a roman numeral, or -1 if it is not one. */
    static int value(String s) {
        String r = s.toLowerCase(Locale.ROOT);
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                case 'c' -> 100;
                case 'd' -> 500;
                case 'm' -> 1000;
                default -> -1;
            };
            if (v < 0) {
                return -1;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
