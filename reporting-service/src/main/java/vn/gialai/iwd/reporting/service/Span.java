package vn.gialai.iwd.reporting.service;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The linear span of published values, each a sum of unknown parts (a 0/1 vector), for the disclosure
 * audit: whether a withheld value is a linear combination of published ones. Rows are kept in echelon
 * form, sparse, with exact arithmetic modulo the prime 2^31 − 1 rather than floating point, so that no
 * tolerance decides what an attacker can compute. (Modulo p a rank can only be lower than over the
 * rationals when p divides every maximal minor of the published rows, which for 0/1 rows of this size
 * does not happen in practice.)
 */
final class Span {

    private static final long P = 2_147_483_647L;

    /** Echelon rows by pivot: the pivot is the row's smallest index and its coefficient is 1. */
    private final Map<Integer, TreeMap<Integer, Long>> rows = new HashMap<>();

    Span() {
    }

    Span(Span other) {
        other.rows.forEach((pivot, row) -> rows.put(pivot, row));
    }

    int rank() {
        return rows.size();
    }

    /** Adds a value to the span; true when it was not already a combination of the others. */
    boolean add(int[] parts) {
        TreeMap<Integer, Long> rest = reduce(parts);
        if (rest.isEmpty()) {
            return false;
        }
        long inverse = inverse(rest.firstEntry().getValue());
        rest.replaceAll((index, coefficient) -> coefficient * inverse % P);
        rows.put(rest.firstKey(), rest);
        return true;
    }

    /** Whether the value is a linear combination of the values added so far. */
    boolean contains(int[] parts) {
        return reduce(parts).isEmpty();
    }

    private TreeMap<Integer, Long> reduce(int[] parts) {
        TreeMap<Integer, Long> rest = new TreeMap<>();
        for (int part : parts) {
            rest.merge(part, 1L, (a, b) -> (a + b) % P);
        }
        Integer index = rest.isEmpty() ? null : rest.firstKey();
        while (index != null) {
            TreeMap<Integer, Long> pivotRow = rows.get(index);
            if (pivotRow != null) {
                long factor = rest.get(index);
                // Pivot rows hold indices from their pivot upwards, so entries below index stay as they are.
                pivotRow.forEach((column, coefficient) -> {
                    long value = Math.floorMod(rest.getOrDefault(column, 0L) - factor * coefficient % P, P);
                    if (value == 0) {
                        rest.remove(column);
                    } else {
                        rest.put(column, value);
                    }
                });
            }
            index = rest.higherKey(index);
        }
        return rest;
    }

    private static long inverse(long value) {
        long result = 1;
        long base = value % P;
        for (long exponent = P - 2; exponent > 0; exponent >>= 1) {
            if ((exponent & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
        }
        return result;
    }
}
