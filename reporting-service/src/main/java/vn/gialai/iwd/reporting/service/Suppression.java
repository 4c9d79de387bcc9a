package vn.gialai.iwd.reporting.service;

import vn.gialai.iwd.reporting.domain.Breakdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import java.util.function.ToLongFunction;

/**
 * Statistical disclosure control of public breakdowns (rule in docs/indicators.md):
 * <ol>
 *   <li>primary: a row whose count is 1 to threshold−1 is suppressed;</li>
 *   <li>complementary: rows that share all keys but one add up to a published margin (the total, or a
 *       row of the other dimension's one-way breakdown). Where such a group has exactly one hidden row,
 *       its smallest visible row (then the first by key) is hidden too, repeated until no group has
 *       exactly one, so no hidden row equals a margin minus visible rows;</li>
 *   <li>the university-or-higher figure is hidden, with the same complementary step, where it or the
 *       rest of the row (count − universityPlus) is 1 to threshold−1, and wherever the count is hidden.</li>
 * </ol>
 */
public final class Suppression {

    private Suppression() {
    }

    public static Breakdown apply(Breakdown breakdown, int threshold) {
        List<Breakdown.Row> rows = breakdown.rows();
        LongPredicate small = value -> value > 0 && value < threshold;
        Set<Integer> countPrimary = new TreeSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (small.test(rows.get(i).count())) {
                countPrimary.add(i);
            }
        }
        Set<Integer> countHidden = protect(rows, Breakdown.Row::count, countPrimary);
        Set<Integer> universityPrimary = new TreeSet<>(countHidden);
        for (int i = 0; i < rows.size(); i++) {
            Breakdown.Row row = rows.get(i);
            if (small.test(row.universityPlus()) || small.test(row.count() - row.universityPlus())) {
                universityPrimary.add(i);
            }
        }
        Set<Integer> universityHidden = protect(rows, Breakdown.Row::universityPlus, universityPrimary);
        List<Breakdown.Row> published = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Breakdown.Row row = rows.get(i);
            if (countHidden.contains(i)) {
                published.add(new Breakdown.Row(row.key(), row.keys(), row.label(), null, null, null, true));
            } else if (universityHidden.contains(i)) {
                published.add(new Breakdown.Row(row.key(), row.keys(), row.label(), row.count(), null, null, false));
            } else {
                published.add(row);
            }
        }
        Long total = breakdown.distinctTotal() != null && small.test(breakdown.distinctTotal()) ? null
                : breakdown.distinctTotal();
        return new Breakdown(breakdown.by(), breakdown.asOf(), breakdown.knownAt(), total, published);
    }

    /** Extends {@code primary} by complementary suppression; rows are grouped by all keys but one. */
    static Set<Integer> protect(List<Breakdown.Row> rows, ToLongFunction<Breakdown.Row> value,
                                Set<Integer> primary) {
        Set<Integer> hidden = new TreeSet<>(primary);
        List<List<Integer>> groups = groups(rows);
        boolean changed = !hidden.isEmpty();
        while (changed) {
            changed = false;
            for (List<Integer> group : groups) {
                if (group.size() > 1 && group.stream().filter(hidden::contains).count() == 1) {
                    int partner = group.stream().filter(i -> !hidden.contains(i))
                            .min(Comparator.comparingLong((Integer i) -> value.applyAsLong(rows.get(i)))
                                    .thenComparing(i -> rows.get(i).key()))
                            .orElseThrow();
                    hidden.add(partner);
                    changed = true;
                }
            }
        }
        return hidden;
    }

    private static List<List<Integer>> groups(List<Breakdown.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        int dimensions = rows.get(0).keys().size();
        List<List<Integer>> groups = new ArrayList<>();
        for (int omitted = 0; omitted < dimensions; omitted++) {
            Map<List<String>, List<Integer>> byOtherKeys = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                List<String> otherKeys = new ArrayList<>(rows.get(i).keys().values());
                otherKeys.remove(omitted);
                byOtherKeys.computeIfAbsent(otherKeys, k -> new ArrayList<>()).add(i);
            }
            groups.addAll(byOtherKeys.values());
        }
        return groups;
    }
}
