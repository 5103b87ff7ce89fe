package org.edition.encode;

import java.util.Set;

/**
 * One number found by {@link NumberRecognizer}: the span {@code [start, end)} of the block's raw text
 * (Java char indices), its {@code value} in plain form without separators ({@code 28028}, {@code 2.5},
 * {@code 2500000} for "2.5 million"), its {@code type} ({@value #CARDINAL}, {@value #ORDINAL},
 * {@value #PERCENTAGE} or {@value #CURRENCY}) and, for currency only, its {@code unit} ({@code USD},
 * {@code GBP}, ... or the currency word lower-cased). Immutable.
 */
public record NumberMatch(int start, int end, String value, String type, String unit) {

    public static final String CARDINAL = "cardinal";
    public static final String ORDINAL = "ordinal";
    public static final String PERCENTAGE = "percentage";
    public static final String CURRENCY = "currency";

    private static final Set<String> TYPES = Set.of(CARDINAL, ORDINAL, PERCENTAGE, CURRENCY);

    public NumberMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span [" + start + ", " + end + ")");
        }
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a number needs a value");
        }
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown number type: " + type);
        }
        if (CURRENCY.equals(type) != (unit != null)) {
            throw new IllegalArgumentException("a unit is given for currency and only for currency");
        }
    }
}
