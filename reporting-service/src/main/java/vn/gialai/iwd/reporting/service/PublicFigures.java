package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.gialai.iwd.reporting.config.ReportingConfig;
import vn.gialai.iwd.reporting.domain.Breakdown;
import vn.gialai.iwd.reporting.domain.Dimension;
import vn.gialai.iwd.reporting.domain.IndicatorCode;
import vn.gialai.iwd.reporting.domain.Indicators;
import vn.gialai.iwd.reporting.domain.Scope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The disclosure rule over everything published together (docs/indicators.md §5, decisions §13): the
 * public indicators, every one- and two-way breakdown and the annual report's tables are one set of
 * linked tables, decided once per data version and scope.
 *
 * <ol>
 *   <li>The headline figures (the total, the university-plus share, the civil-servant standard share) are
 *       published unless they or their complement are small; from then on they are fixed margins.</li>
 *   <li>Each dimension's one-way table, with the indicators that count its rows (employment together with
 *       state apparatus, which registry derives from it), is protected against the fixed margins.</li>
 *   <li>Each two-way table is protected against its one-way margins as published. When no choice of its
 *       own rows protects it, a margin is withheld in step 2 and everything is decided again.</li>
 *   <li>Each triple's three pairs are audited together over the three-way cells their rows allow, in rounds
 *       until nothing changes; then what any pair or triple determines anyway is published.</li>
 * </ol>
 * Pairs share their one-way margins, and no problem lets anything be computed about those beyond what is
 * published; absent rows can link pairs beyond their margins, which the triples catch (decisions §13).
 */
@ApplicationScoped
public class PublicFigures {

    private static final Logger LOG = Logger.getLogger(PublicFigures.class);

    /** What is published of a row. */
    record Shown(boolean count, boolean universityPlus) {
        static final Shown NOTHING = new Shown(false, false);
    }

    /**
     * Every pair of dimensions, also for an annual report: its one-way tables must be decided as today's
     * are, or a report published today would publish a margin that today's two-way tables rely on withholding.
     */
    private static final List<List<Dimension>> PAIRS = pairs();
    private static final List<List<Dimension>> TRIPLES = triples();
    /** How a problem is solved: protected from scratch, protected from the decisions so far without publishing
     * more, or only publishing the withheld values the published ones determine. */
    private enum Pass { PROTECT, WITHHOLD_ONLY, PUBLISH_DETERMINED }

    /** Rounds over the triples that may also publish withheld values the published ones determine. */
    private static final int RELEASING_TRIPLE_ROUNDS = 5;

    private static final String CIVIL_SERVANT = "CIVIL_SERVANT";

    private final BreakdownService breakdowns;
    private final IndicatorService indicators;
    private final ReportingConfig config;
    private final AnswerCache answers;

    PublicFigures(BreakdownService breakdowns, IndicatorService indicators, ReportingConfig config, AnswerCache answers) {
        this.breakdowns = breakdowns;
        this.indicators = indicators;
        this.config = config;
        this.answers = answers;
    }

    /** The public indicators: today's, or an annual report's at its own moment. */
    public Indicators indicators(Scope scope) {
        return answers.reuse("public-indicators|" + scope, () -> indicators(scope, decide(scope)));
    }

    /** The public breakdown by one or two dimensions: today's, or an annual report's at its own moment. */
    public Breakdown breakdown(List<Dimension> by, Scope scope) {
        return answers.reuse("public-breakdown|" + by + "|" + scope, () -> breakdown(by, scope, decide(scope)));
    }

    /**
     * The headline rule, the same in every public answer (also each year of the portal's trend): a value is
     * withheld when it, or its complement in the denominator, counts 1 to threshold − 1 persons.
     */
    public static boolean headlineShown(long numerator, Long denominator, int threshold) {
        return !small(numerator, threshold) && (denominator == null || !small(denominator - numerator, threshold));
    }

    private static boolean small(long value, int threshold) {
        return value > 0 && value < threshold;
    }

    /** Every decision of one scope. */
    private static final class Decisions {
        final Map<String, Map<String, Shown>> oneWay = new HashMap<>();
        final Map<IndicatorCode, Boolean> indicators = new EnumMap<>(IndicatorCode.class);
        final Map<List<Dimension>, Map<Map<String, String>, Shown>> pairs = new HashMap<>();
        boolean total;
        boolean universityTotal;
        boolean civilServantStandard;
    }

    private Decisions decide(Scope scope) {
        return answers.reuse("public|" + scope, () -> {
            Inputs inputs = new Inputs(scope);
            Map<String, Set<String>> withheldMargins = new HashMap<>();
            while (true) {
                Decisions decisions = oneWay(inputs, withheldMargins);
                // State apparatus pairs are decided last, against the employment pairs as the triples leave them.
                Optional<String[]> margin = pairs(inputs, decisions, PAIRS.stream().filter(pair -> !overEmployment(pair)).toList(),
                        withheldMargins, Pass.PROTECT);
                if (margin.isEmpty()) {
                    margin = triples(inputs, decisions, withheldMargins);
                }
                if (margin.isEmpty()) {
                    margin = pairs(inputs, decisions, PAIRS.stream().filter(PublicFigures::overEmployment).toList(),
                            withheldMargins, Pass.PROTECT);
                }
                if (margin.isEmpty()) {
                    return decisions;
                }
                withheldMargins.computeIfAbsent(margin.get()[0], view -> new HashSet<>()).add(margin.get()[1]);
            }
        });
    }

    private Optional<String[]> pairs(Inputs inputs, Decisions decisions, List<List<Dimension>> pairs,
                                     Map<String, Set<String>> withheldMargins, Pass pass) {
        for (List<Dimension> pair : pairs) {
            Optional<String[]> margin = pair(inputs, decisions, pair, withheldMargins, pass);
            if (margin.isPresent()) {
                return margin;
            }
        }
        return Optional.empty();
    }

    /** A pair naming state apparatus but not employment: decided over the employment cells it sums. */
    private static boolean overEmployment(List<Dimension> pair) {
        return pair.contains(Dimension.STATE_APPARATUS) && !pair.contains(Dimension.EMPLOYMENT);
    }

    /** The internal answers a scope's decisions read, each once. */
    private final class Inputs {
        final Scope scope;
        final Indicators indicators;
        private final Map<List<Dimension>, Breakdown> tables = new HashMap<>();

        Inputs(Scope scope) {
            this.scope = scope;
            this.indicators = PublicFigures.this.indicators.indicators(scope);
        }

        Breakdown table(Dimension... by) {
            return tables.computeIfAbsent(List.of(by), key -> breakdowns.breakdown(key, scope, Map.of(), true));
        }

        Indicators.Value indicator(IndicatorCode code) {
            return indicators.indicators().stream().filter(value -> value.code().equals(code.name())).findFirst().orElseThrow();
        }

        /** Each employment's state apparatus as the data show it; empty when one employment shows two. */
        Optional<Map<String, String>> apparatusOf() {
            Map<String, String> apparatus = new HashMap<>();
            for (Breakdown.Row row : table(Dimension.EMPLOYMENT, Dimension.STATE_APPARATUS).rows()) {
                String before = apparatus.put(row.keys().get(Dimension.EMPLOYMENT.apiName()),
                        row.keys().get(Dimension.STATE_APPARATUS.apiName()));
                if (before != null) {
                    return Optional.empty();
                }
            }
            return Optional.of(apparatus);
        }
    }

    // ---- step 1 and 2: headline figures and one-way tables ----------------------------------------

    private Decisions oneWay(Inputs inputs, Map<String, Set<String>> withheldMargins) {
        int threshold = config.suppressionThreshold();
        Decisions decisions = new Decisions();
        Indicators.Value total = inputs.indicator(IndicatorCode.COLLEGE_PLUS_COUNT);
        Indicators.Value university = inputs.indicator(IndicatorCode.UNIVERSITY_PLUS_SHARE);
        Indicators.Value standard = inputs.indicator(IndicatorCode.CIVIL_SERVANT_STANDARD_SHARE);
        decisions.total = headlineShown(total.value().longValue(), null, threshold);
        decisions.universityTotal = headlineShown(university.numerator(), university.denominator(), threshold);
        decisions.civilServantStandard = headlineShown(standard.numerator(), standard.denominator(), threshold);
        for (Dimension dimension : Dimension.values()) {
            if (dimension == Dimension.STATE_APPARATUS) {
                continue;
            }
            if (!family(inputs, decisions, dimension, withheldMargins)) {
                // Only the civil servants' count, fixed by the standard share, can make a table unprotectable:
                // the share goes, and the table is decided again.
                decisions.civilServantStandard = false;
                family(inputs, decisions, dimension, withheldMargins);
            }
        }
        return decisions;
    }

    /** One dimension's table with the indicators counting its rows; employment also carries state apparatus. */
    private boolean family(Inputs inputs, Decisions decisions, Dimension dimension, Map<String, Set<String>> withheldMargins) {
        Breakdown table = inputs.table(dimension);
        List<Breakdown.Row> base = table.rows();
        LinkedTables problem = new LinkedTables(config.suppressionThreshold());
        int[] all = IntStream.range(0, base.size()).toArray();
        problem.shared(LinkedTables.count(all), decisions.total);
        problem.shared(LinkedTables.universityPlus(all), decisions.universityTotal);
        Indicators.Value university = inputs.indicator(IndicatorCode.UNIVERSITY_PLUS_SHARE);
        if (problem.small(university.denominator() - university.numerator())) {
            problem.mustStayHidden(LinkedTables.withoutDegree(all));
        }
        Map<Dimension, Function<Integer, String>> keyOf = new EnumMap<>(Dimension.class);
        keyOf.put(dimension, cell -> base.get(cell).key());
        addView(problem, dimension, base.size(), keyOf.get(dimension), table, withheldMargins, List.of(dimension.apiName()));
        if (dimension == Dimension.QUALIFICATION) {
            degreeFollowsQualification(inputs, problem, base.size(), cell -> base.get(cell).key());
        }
        if (dimension == Dimension.EMPLOYMENT) {
            Optional<Map<String, String>> apparatus = inputs.apparatusOf();
            Breakdown apparatusTable = inputs.table(Dimension.STATE_APPARATUS);
            if (apparatus.isPresent() && sameCounts(apparatusTable, base, apparatus.get(), keyOf.get(dimension))) {
                keyOf.put(Dimension.STATE_APPARATUS, cell -> apparatus.get().get(base.get(cell).key()));
                addView(problem, Dimension.STATE_APPARATUS, base.size(), keyOf.get(Dimension.STATE_APPARATUS),
                        apparatusTable, withheldMargins, List.of(Dimension.STATE_APPARATUS.apiName()));
            } else {
                LOG.warn("stateApparatus does not follow employment in the data: its public table is withheld");
                decisions.oneWay.put(Dimension.STATE_APPARATUS.apiName(), Map.of());
            }
            int[] civilServants = cells(base.size(), keyOf.get(dimension), Set.of(CIVIL_SERVANT));
            if (decisions.civilServantStandard && civilServants.length > 0) {
                problem.fixed(LinkedTables.count(civilServants));
            }
        }
        Map<IndicatorCode, LinkedTables.Row> indicatorRows = new EnumMap<>(IndicatorCode.class);
        for (IndicatorCode code : IndicatorCode.values()) {
            code.cells().filter(cells -> keyOf.containsKey(cells.dimension())).ifPresent(cells ->
                    indicatorRows.put(code, problem.add(new LinkedTables.Row("indicator", code.name(), List.of(),
                            cells(base.size(), keyOf.get(cells.dimension()), cells.keys()),
                            inputs.indicator(code).value().longValue(), 0, true))));
        }
        boolean protectedTables = problem.protect(true);
        for (LinkedTables.Row row : problem.rows()) {
            if (!row.indicator) {
                decisions.oneWay.computeIfAbsent(row.view, view -> new HashMap<>())
                        .put(row.key, new Shown(!row.countHidden, !row.universityHidden));
            }
        }
        indicatorRows.forEach((code, row) -> decisions.indicators.put(code, !row.countHidden));
        return protectedTables;
    }

    /** The rows of one view of the base cells (the table itself, or state apparatus over employment). */
    private static void addView(LinkedTables problem, Dimension dimension, int baseCells, Function<Integer, String> keyOf,
                                Breakdown table, Map<String, Set<String>> withheldMargins, List<String> lines) {
        Set<String> withheld = withheldMargins.getOrDefault(dimension.apiName(), Set.of());
        for (Breakdown.Row row : table.rows()) {
            LinkedTables.Row added = problem.add(new LinkedTables.Row(dimension.apiName(), row.key(), lines,
                    cells(baseCells, keyOf, Set.of(row.key())), row.count(), row.universityPlus(), false));
            if (withheld.contains(row.key())) {
                added.hide();
            }
        }
    }

    private static boolean sameCounts(Breakdown view, List<Breakdown.Row> base, Map<String, String> keyOf,
                                      Function<Integer, String> baseKey) {
        Map<String, Long> summed = new HashMap<>();
        for (int cell = 0; cell < base.size(); cell++) {
            summed.merge(keyOf.get(baseKey.apply(cell)), base.get(cell).count(), Long::sum);
        }
        Map<String, Long> stated = new HashMap<>();
        view.rows().forEach(row -> stated.put(row.key(), row.count()));
        return summed.equals(stated);
    }

    private static int[] cells(int baseCells, Function<Integer, String> keyOf, Set<String> keys) {
        return IntStream.range(0, baseCells).filter(cell -> keys.contains(keyOf.apply(cell))).toArray();
    }

    // ---- steps 3 and 4: two-way tables against their published margins, then triples of them ---------

    /**
     * Decides one pair; a margin to withhold (view and key) when the pair's own rows cannot protect it.
     * A pair naming state apparatus without employment is decided over the employment cells it sums, with
     * the employment table as published.
     */
    private Optional<String[]> pair(Inputs inputs, Decisions decisions, List<Dimension> pair,
                                    Map<String, Set<String>> withheldMargins, Pass pass) {
        Dimension first = pair.get(0);
        Dimension second = pair.get(1);
        boolean overEmployment = overEmployment(pair);
        Dimension other = first == Dimension.STATE_APPARATUS ? second : first;
        Breakdown base = overEmployment ? inputs.table(ordered(Dimension.EMPLOYMENT, other)) : inputs.table(first, second);
        Map<Map<String, String>, Shown> before = decisions.pairs.getOrDefault(pair, Map.of());
        Map<Map<String, String>, Shown> shown = new HashMap<>();
        decisions.pairs.put(pair, shown);
        Optional<Map<String, String>> apparatus = inputs.apparatusOf();
        if ((pair.contains(Dimension.EMPLOYMENT) || pair.contains(Dimension.STATE_APPARATUS))
                && (published(decisions, Dimension.STATE_APPARATUS).isEmpty() || apparatus.isEmpty())) {
            return Optional.empty();
        }
        List<Breakdown.Row> baseRows = base.rows();
        List<Map<String, String>> cells = baseRows.stream().map(Breakdown.Row::keys).toList();
        Function<Dimension, Function<Integer, String>> keyOf = keys(cells, apparatus);
        LinkedTables problem = new LinkedTables(config.suppressionThreshold());
        List<Dimension> margins = margins(pair);
        linkMargins(inputs, decisions, problem, cells.size(), keyOf, margins);
        if (overEmployment) {
            employmentAsPublished(decisions, problem, cells, other);
        }
        Map<Map<String, String>, List<Integer>> grouped = new LinkedHashMap<>();
        for (int cell = 0; cell < cells.size(); cell++) {
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put(first.apiName(), keyOf.apply(first).apply(cell));
            keys.put(second.apiName(), keyOf.apply(second).apply(cell));
            grouped.computeIfAbsent(keys, k -> new ArrayList<>()).add(cell);
        }
        Map<Map<String, String>, Breakdown.Row> stated = new HashMap<>();
        inputs.table(first, second).rows().forEach(row -> stated.put(row.keys(), row));
        if (!stated.keySet().equals(grouped.keySet()) || grouped.entrySet().stream().anyMatch(group ->
                group.getValue().stream().mapToLong(cell -> baseRows.get(cell).count()).sum()
                        != stated.get(group.getKey()).count())) {
            // State apparatus not summing employment: nothing of the pair is published.
            return Optional.empty();
        }
        Map<Map<String, String>, LinkedTables.Row> rows = new LinkedHashMap<>();
        grouped.forEach((keys, group) -> rows.put(keys, problem.add(row(pair, stated.get(keys),
                group.stream().mapToInt(Integer::intValue).toArray()))));
        if (pass == Pass.PUBLISH_DETERMINED) {
            rows.forEach((keys, row) -> row.decided(before.getOrDefault(keys, Shown.NOTHING)));
            problem.publishDetermined();
        } else if (!problem.protect(true)) {
            Optional<String[]> margin = smallestPublishedMargin(decisions, margins, inputs, withheldMargins);
            if (margin.isEmpty()) {
                LOG.warnf("no protection found for the public %s table: it is withheld", pair);
            }
            return margin;
        }
        rows.forEach((keys, row) -> shown.put(keys, new Shown(!row.countHidden, !row.universityHidden)));
        return Optional.empty();
    }

    /**
     * Rounds over every triple of dimensions (state apparatus is employment's) until no decision changes:
     * pairs audited one at a time share more than their margins where a third pair's absent rows rule
     * three-way cells out (say, when sector follows unit), so each triple's three pairs are audited
     * together over the three-way cells their rows allow.
     */
    private Optional<String[]> triples(Inputs inputs, Decisions decisions, Map<String, Set<String>> withheldMargins) {
        // Rounds that also publish what is determined anyway may undo each other; after a few, rounds only
        // withhold, which must end. Then what any pair or triple determines is published, which tells an
        // attacker nothing new and can only end too.
        for (int round = 0; ; round++) {
            Pass pass = round < RELEASING_TRIPLE_ROUNDS ? Pass.PROTECT : Pass.WITHHOLD_ONLY;
            boolean changed = false;
            for (List<Dimension> triple : TRIPLES) {
                Optional<Boolean> outcome = triple(inputs, decisions, triple, pass);
                if (outcome.isEmpty()) {
                    return smallestPublishedMargin(decisions, margins(triple), inputs, withheldMargins);
                }
                changed |= outcome.get();
            }
            if (!changed) {
                break;
            }
        }
        boolean changed = true;
        while (changed) {
            Map<List<Dimension>, Map<Map<String, String>, Shown>> before = new HashMap<>();
            decisions.pairs.forEach((pair, shown) -> before.put(pair, Map.copyOf(shown)));
            pairs(inputs, decisions, PAIRS.stream().filter(pair -> !overEmployment(pair)).toList(), withheldMargins,
                    Pass.PUBLISH_DETERMINED);
            TRIPLES.forEach(triple -> triple(inputs, decisions, triple, Pass.PUBLISH_DETERMINED));
            changed = !before.equals(decisions.pairs);
        }
        return Optional.empty();
    }

    /** One triple's three pairs together; whether a pair's decision changed, empty when a margin must go. */
    private Optional<Boolean> triple(Inputs inputs, Decisions decisions, List<Dimension> triple, Pass pass) {
        Optional<Map<String, String>> apparatus = inputs.apparatusOf();
        if (triple.contains(Dimension.EMPLOYMENT) && apparatus.isEmpty()) {
            return Optional.of(false);
        }
        List<List<Dimension>> pairs = List.of(List.of(triple.get(0), triple.get(1)), List.of(triple.get(0), triple.get(2)),
                List.of(triple.get(1), triple.get(2)));
        String a = triple.get(0).apiName();
        Map<String, List<Map<String, String>>> secondByFirst = new HashMap<>();
        inputs.table(pairs.get(1).toArray(Dimension[]::new)).rows()
                .forEach(row -> secondByFirst.computeIfAbsent(row.keys().get(a), key -> new ArrayList<>()).add(row.keys()));
        Set<Map<String, String>> third = new HashSet<>();
        inputs.table(pairs.get(2).toArray(Dimension[]::new)).rows().forEach(row -> third.add(row.keys()));
        List<Map<String, String>> cells = new ArrayList<>();
        for (Breakdown.Row ab : inputs.table(pairs.get(0).toArray(Dimension[]::new)).rows()) {
            for (Map<String, String> ac : secondByFirst.getOrDefault(ab.keys().get(a), List.of())) {
                Map<String, String> keys = new HashMap<>(ab.keys());
                keys.putAll(ac);
                if (third.contains(project(keys, pairs.get(2)))) {
                    cells.add(keys);
                }
            }
        }
        LinkedTables problem = new LinkedTables(config.suppressionThreshold());
        linkMargins(inputs, decisions, problem, cells.size(), keys(cells, apparatus), margins(triple));
        Map<List<Dimension>, Map<Map<String, String>, LinkedTables.Row>> rows = new HashMap<>();
        for (List<Dimension> pair : pairs) {
            Map<Map<String, String>, List<Integer>> members = new HashMap<>();
            for (int cell = 0; cell < cells.size(); cell++) {
                members.computeIfAbsent(project(cells.get(cell), pair), k -> new ArrayList<>()).add(cell);
            }
            Map<Map<String, String>, Shown> shown = decisions.pairs.getOrDefault(pair, Map.of());
            for (Breakdown.Row stated : inputs.table(pair.toArray(Dimension[]::new)).rows()) {
                LinkedTables.Row row = problem.add(row(pair, stated,
                        members.getOrDefault(stated.keys(), List.of()).stream().mapToInt(Integer::intValue).toArray()));
                row.decided(shown.getOrDefault(stated.keys(), Shown.NOTHING));
                rows.computeIfAbsent(pair, p -> new HashMap<>()).put(stated.keys(), row);
            }
        }
        if (pass == Pass.PUBLISH_DETERMINED) {
            problem.publishDetermined();
        } else if (!problem.protect(pass == Pass.PROTECT)) {
            return Optional.empty();
        }
        boolean changed = false;
        for (Map.Entry<List<Dimension>, Map<Map<String, String>, LinkedTables.Row>> pair : rows.entrySet()) {
            Map<Map<String, String>, Shown> shown = decisions.pairs.computeIfAbsent(pair.getKey(), p -> new HashMap<>());
            for (Map.Entry<Map<String, String>, LinkedTables.Row> row : pair.getValue().entrySet()) {
                Shown after = new Shown(!row.getValue().countHidden, !row.getValue().universityHidden);
                changed |= !after.equals(shown.put(row.getKey(), after));
            }
        }
        return Optional.of(changed);
    }

    private static LinkedTables.Row row(List<Dimension> pair, Breakdown.Row stated, int[] cells) {
        return new LinkedTables.Row(pair.toString(), stated.key(),
                pair.stream().map(dimension -> pair + ":" + dimension.apiName() + "=" + stated.keys().get(dimension.apiName()))
                        .toList(),
                cells, stated.count(), stated.universityPlus(), false);
    }

    /**
     * Links base cells to everything decided before them: the total and university total, the one-way
     * margins and the indicators as published, and the rules everyone knows.
     */
    private void linkMargins(Inputs inputs, Decisions decisions, LinkedTables problem, int cellCount,
                             Function<Dimension, Function<Integer, String>> keyOf, List<Dimension> margins) {
        int[] all = IntStream.range(0, cellCount).toArray();
        problem.shared(LinkedTables.count(all), decisions.total);
        problem.shared(LinkedTables.universityPlus(all), decisions.universityTotal);
        for (Dimension margin : margins) {
            published(decisions, margin).forEach((key, published) -> {
                int[] line = cells(cellCount, keyOf.apply(margin), Set.of(key));
                problem.shared(LinkedTables.count(line), published.count());
                problem.shared(LinkedTables.universityPlus(line), published.universityPlus());
            });
        }
        decisions.indicators.forEach((code, published) -> code.cells()
                .filter(linked -> margins.contains(linked.dimension()))
                .ifPresent(linked -> problem.shared(LinkedTables.count(cells(cellCount, keyOf.apply(linked.dimension()),
                        linked.keys())), published)));
        if (margins.contains(Dimension.QUALIFICATION)) {
            degreeFollowsQualification(inputs, problem, cellCount, keyOf.apply(Dimension.QUALIFICATION));
        }
        if (margins.contains(Dimension.EMPLOYMENT) && margins.contains(Dimension.MEETS_STANDARD)) {
            civilServantStandard(inputs, decisions, problem, cellCount, keyOf);
        }
    }

    /** universityPlus of a qualification is its count or zero, by definition: known to everyone. */
    private static void degreeFollowsQualification(Inputs inputs, LinkedTables problem, int cellCount,
                                                   Function<Integer, String> qualificationOf) {
        Set<String> degrees = new HashSet<>();
        inputs.table(Dimension.QUALIFICATION).rows().stream().filter(row -> row.universityPlus() > 0)
                .forEach(row -> degrees.add(row.key()));
        for (int cell = 0; cell < cellCount; cell++) {
            int[] one = {cell};
            problem.known(degrees.contains(qualificationOf.apply(cell))
                    ? LinkedTables.withoutDegree(one) : LinkedTables.universityPlus(one));
        }
    }

    /** The civil servants meeting the standard are the standard share's numerator: published with it, else protected. */
    private static void civilServantStandard(Inputs inputs, Decisions decisions, LinkedTables problem, int cellCount,
                                             Function<Dimension, Function<Integer, String>> keyOf) {
        int[] civilServants = cells(cellCount, keyOf.apply(Dimension.EMPLOYMENT), Set.of(CIVIL_SERVANT));
        int[] meeting = IntStream.of(civilServants)
                .filter(cell -> "true".equals(keyOf.apply(Dimension.MEETS_STANDARD).apply(cell))).toArray();
        int[] notMeeting = IntStream.of(civilServants)
                .filter(cell -> !"true".equals(keyOf.apply(Dimension.MEETS_STANDARD).apply(cell))).toArray();
        if (decisions.civilServantStandard) {
            problem.fixed(LinkedTables.count(meeting));
        }
        Indicators.Value standard = inputs.indicator(IndicatorCode.CIVIL_SERVANT_STANDARD_SHARE);
        if (problem.small(standard.denominator() - standard.numerator())) {
            problem.mustStayHidden(LinkedTables.count(notMeeting));
        }
    }

    /** State apparatus × other sums employment × other cells: those published are fixed, those withheld stay so. */
    private static void employmentAsPublished(Decisions decisions, LinkedTables problem, List<Map<String, String>> cells,
                                              Dimension other) {
        Map<Map<String, String>, Shown> employment = decisions.pairs.get(List.of(ordered(Dimension.EMPLOYMENT, other)));
        for (int cell = 0; cell < cells.size(); cell++) {
            Shown published = employment.getOrDefault(cells.get(cell), Shown.NOTHING);
            int[] one = {cell};
            if (published.count()) {
                problem.fixed(LinkedTables.count(one));
            } else {
                problem.mustStayHidden(LinkedTables.count(one));
            }
            if (published.universityPlus()) {
                problem.fixed(LinkedTables.universityPlus(one));
            } else if (other != Dimension.QUALIFICATION) {
                // (By qualification, universityPlus is the count or zero by definition: nothing to hide.)
                problem.mustStayHidden(LinkedTables.universityPlus(one));
            }
        }
    }

    /** The keys of base cells, state apparatus read through employment where a cell has none. */
    private static Function<Dimension, Function<Integer, String>> keys(List<Map<String, String>> cells,
                                                                       Optional<Map<String, String>> apparatus) {
        return dimension -> cell -> {
            Map<String, String> keys = cells.get(cell);
            return dimension == Dimension.STATE_APPARATUS && !keys.containsKey(dimension.apiName())
                    ? apparatus.map(map -> map.get(keys.get(Dimension.EMPLOYMENT.apiName()))).orElse(null)
                    : keys.get(dimension.apiName());
        };
    }

    /** The margins of a table over these dimensions; employment and state apparatus are each other's. */
    private static List<Dimension> margins(List<Dimension> dimensions) {
        List<Dimension> margins = new ArrayList<>(dimensions);
        if (margins.contains(Dimension.EMPLOYMENT) || margins.contains(Dimension.STATE_APPARATUS)) {
            for (Dimension family : List.of(Dimension.EMPLOYMENT, Dimension.STATE_APPARATUS)) {
                if (!margins.contains(family)) {
                    margins.add(family);
                }
            }
        }
        return margins;
    }

    private static Map<String, String> project(Map<String, String> keys, List<Dimension> on) {
        Map<String, String> projected = new HashMap<>();
        on.forEach(dimension -> projected.put(dimension.apiName(), keys.get(dimension.apiName())));
        return projected;
    }

    /** A margin not yet withheld on request (a released one may be published again); none: the pair is withheld. */
    private static Optional<String[]> smallestPublishedMargin(Decisions decisions, List<Dimension> margins, Inputs inputs,
                                                              Map<String, Set<String>> withheldMargins) {
        return margins.stream().flatMap(margin -> inputs.table(margin).rows().stream()
                        .filter(row -> published(decisions, margin).getOrDefault(row.key(), Shown.NOTHING).count())
                        .filter(row -> !withheldMargins.getOrDefault(margin.apiName(), Set.of()).contains(row.key()))
                        .map(row -> new Object[]{margin, row}))
                .min(Comparator.comparingLong((Object[] entry) -> ((Breakdown.Row) entry[1]).count()))
                .map(entry -> new String[]{((Dimension) entry[0]).apiName(), ((Breakdown.Row) entry[1]).key()});
    }

    private static Map<String, Shown> published(Decisions decisions, Dimension dimension) {
        return decisions.oneWay.getOrDefault(dimension.apiName(), Map.of());
    }

    private static Dimension[] ordered(Dimension a, Dimension b) {
        return a.ordinal() < b.ordinal() ? new Dimension[]{a, b} : new Dimension[]{b, a};
    }

    private static List<List<Dimension>> triples() {
        List<Dimension> dimensions = java.util.Arrays.stream(Dimension.values())
                .filter(dimension -> dimension != Dimension.STATE_APPARATUS).toList();
        List<List<Dimension>> triples = new ArrayList<>();
        for (int a = 0; a < dimensions.size(); a++) {
            for (int b = a + 1; b < dimensions.size(); b++) {
                for (int c = b + 1; c < dimensions.size(); c++) {
                    triples.add(List.of(dimensions.get(a), dimensions.get(b), dimensions.get(c)));
                }
            }
        }
        return List.copyOf(triples);
    }

    private static List<List<Dimension>> pairs() {
        List<List<Dimension>> pairs = new ArrayList<>();
        Dimension[] dimensions = Dimension.values();
        for (int a = 0; a < dimensions.length; a++) {
            for (int b = a + 1; b < dimensions.length; b++) {
                pairs.add(List.of(dimensions[a], dimensions[b]));
            }
        }
        return List.copyOf(pairs);
    }

    // ---- the answers ---------------------------------------------------------------------------------

    private Breakdown breakdown(List<Dimension> by, Scope scope, Decisions decisions) {
        Breakdown internal = breakdowns.breakdown(by, scope, Map.of(), true);
        Function<Breakdown.Row, Shown> shown;
        if (by.size() == 1) {
            Map<String, Shown> table = published(decisions, by.get(0));
            shown = row -> table.getOrDefault(row.key(), Shown.NOTHING);
        } else {
            List<Dimension> pair = by.get(0).ordinal() < by.get(1).ordinal() ? by : List.of(by.get(1), by.get(0));
            Map<Map<String, String>, Shown> table = decisions.pairs.getOrDefault(pair, Map.of());
            shown = row -> table.getOrDefault(Map.copyOf(row.keys()), Shown.NOTHING);
        }
        List<Breakdown.Row> rows = internal.rows().stream().map(row -> {
            Shown published = shown.apply(row);
            if (!published.count()) {
                return new Breakdown.Row(row.key(), row.keys(), row.label(), null, null, null, true, true);
            }
            return published.universityPlus()
                    ? new Breakdown.Row(row.key(), row.keys(), row.label(), row.count(), row.universityPlus(),
                    row.universityPlusShare(), false, false)
                    : new Breakdown.Row(row.key(), row.keys(), row.label(), row.count(), null, null, false, true);
        }).toList();
        return new Breakdown(internal.by(), internal.asOf(), internal.knownAt(),
                decisions.total ? internal.distinctTotal() : null, rows);
    }

    private Indicators indicators(Scope scope, Decisions decisions) {
        Indicators internal = indicators.indicators(scope);
        Shown civilServants = published(decisions, Dimension.EMPLOYMENT).getOrDefault(CIVIL_SERVANT, Shown.NOTHING);
        List<Indicators.Value> values = internal.indicators().stream().map(value -> {
            IndicatorCode code = IndicatorCode.valueOf(value.code());
            boolean numerator = switch (code) {
                case COLLEGE_PLUS_COUNT -> decisions.total;
                case UNIVERSITY_PLUS_SHARE -> decisions.universityTotal;
                case CIVIL_SERVANT_STANDARD_SHARE -> decisions.civilServantStandard;
                default -> decisions.indicators.getOrDefault(code, false);
            };
            boolean denominator = switch (code) {
                case UNIVERSITY_PLUS_SHARE -> decisions.total;
                case CIVIL_SERVANT_STANDARD_SHARE -> civilServants.count() || value.denominator() == 0;
                default -> true;
            };
            if (numerator && denominator) {
                return new Indicators.Value(value.code(), value.value(), value.numerator(), value.denominator(),
                        value.targets(), false);
            }
            return new Indicators.Value(value.code(), null, null,
                    code.isShare() && denominator ? value.denominator() : null, List.of(), true);
        }).toList();
        return new Indicators(internal.asOf(), internal.knownAt(), internal.lastEventAt(), values);
    }

}
