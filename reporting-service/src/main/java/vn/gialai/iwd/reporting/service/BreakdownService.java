package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.Breakdown;
import vn.gialai.iwd.reporting.domain.Dimension;
import vn.gialai.iwd.reporting.domain.Scope;
import vn.gialai.iwd.reporting.repository.AggregateQueries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One- and two-way breakdowns, optionally with units carried to today's units (public versions: {@link PublicFigures}). */
@ApplicationScoped
public class BreakdownService {

    private final AggregateQueries aggregates;
    private final UnitRollup unitRollup;
    private final Labels labels;
    private final AnswerCache answers;

    BreakdownService(AggregateQueries aggregates, UnitRollup unitRollup, Labels labels,
                     AnswerCache answers) {
        this.answers = answers;
        this.aggregates = aggregates;
        this.unitRollup = unitRollup;
        this.labels = labels;
    }

    /**
     * @param currentUnits carry each unit to the unit that succeeds it today (rows of merged units add up)
     */
    public Breakdown breakdown(List<Dimension> by, Scope scope, Map<Dimension, String> filters, boolean currentUnits) {
        return answers.reuse("breakdown|" + by + "|" + scope + "|" + new TreeMap<>(filters) + "|" + currentUnits,
                () -> compute(by, scope, filters, currentUnits));
    }

    private Breakdown compute(List<Dimension> by, Scope scope, Map<Dimension, String> filters, boolean currentUnits) {
        UnitRollup.Crosswalk crosswalk = unitRollup.crosswalk(scope.today());
        Map<List<String>, long[]> merged = new TreeMap<>(BreakdownService::compareKeys);
        for (AggregateQueries.Group group : aggregates.groups(scope, by, filters)) {
            List<String> keys = new ArrayList<>(group.keys());
            int unit = by.indexOf(Dimension.UNIT);
            if (unit >= 0 && currentUnits) {
                keys.set(unit, crosswalk.current(keys.get(unit)));
            }
            long[] sums = merged.computeIfAbsent(keys, k -> new long[2]);
            sums[0] += group.count();
            sums[1] += group.universityPlus();
        }
        List<Breakdown.Row> rows = new ArrayList<>();
        merged.forEach((keys, sums) -> {
            Map<String, String> named = new LinkedHashMap<>();
            List<String> rowLabels = new ArrayList<>();
            for (int i = 0; i < by.size(); i++) {
                named.put(by.get(i).apiName(), keys.get(i));
                rowLabels.add(by.get(i) == Dimension.UNIT ? crosswalk.label(keys.get(i)) : labels.label(by.get(i), keys.get(i)));
            }
            rows.add(new Breakdown.Row(String.join("|", keys), named, String.join(" | ", rowLabels), sums[0], sums[1],
                    Shares.of(sums[1], sums[0]), false, null));
        });
        return new Breakdown(by.stream().map(Dimension::apiName).toList(), scope.effectiveAsOf(), scope.knownAt(),
                aggregates.distinctPersons(scope, filters), rows);
    }

    private static int compareKeys(List<String> a, List<String> b) {
        return a.stream().collect(Collectors.joining("\u0000")).compareTo(b.stream().collect(Collectors.joining("\u0000")));
    }
}
