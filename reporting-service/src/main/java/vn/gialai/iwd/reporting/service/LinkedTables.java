package vn.gialai.iwd.reporting.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One audit problem of the disclosure rule (docs/indicators.md §5): rows of published tables over
 * shared unknowns, and the choice of which rows to withhold so that no withheld or small value is a
 * linear combination of what is published.
 *
 * <p>The unknowns are the two parts of every base cell (the finest cells the tables are sums of): its
 * persons without a university degree (index 2i) and with one (2i + 1). A row's count is the sum of both
 * parts over its cells, its universityPlus the sum of the second parts. Base cells not listed are known
 * zeros, as an attacker sees from the rows a table lists.
 *
 * <p>{@code fixed} are values published elsewhere and decided before (margins, indicators); the rows are
 * decided here. {@code lowerAll} spans everything this problem shares with other problems (the margins,
 * withheld or not) and {@code lowerPublished} the part of it that is published: a solution must not
 * determine anything in the shared space beyond what is published, so that problems audited one at a time
 * cannot be combined against each other (docs/decisions.md §13).
 */
final class LinkedTables {

    /** A row of a published table (or an indicator) as a sum of base cells. */
    static final class Row {
        final String view;
        final String key;
        final List<String> lines;
        final int[] cells;
        final long count;
        final long universityPlus;
        /** An indicator: a count only, withheld only when no table row can protect the others. */
        final boolean indicator;
        boolean countHidden;
        boolean universityHidden;

        Row(String view, String key, List<String> lines, int[] cells, long count, long universityPlus,
            boolean indicator) {
            this.view = view;
            this.key = key;
            this.lines = lines;
            this.cells = cells;
            this.count = count;
            this.universityPlus = universityPlus;
            this.indicator = indicator;
            this.universityHidden = indicator;
        }

        /** Starts from a decision taken before. */
        void decided(PublicFigures.Shown shown) {
            countHidden = !shown.count();
            universityHidden = indicator || !shown.universityPlus();
        }

        void hide() {
            countHidden = true;
            universityHidden = true;
        }
    }

    private final int threshold;
    private final List<Row> rows = new ArrayList<>();
    private final List<int[]> fixed = new ArrayList<>();
    private final List<int[]> mustStayHidden = new ArrayList<>();
    private final List<int[]> lowerAll = new ArrayList<>();
    private final List<int[]> lowerPublished = new ArrayList<>();

    LinkedTables(int threshold) {
        this.threshold = threshold;
    }

    boolean small(long value) {
        return value > 0 && value < threshold;
    }

    Row add(Row row) {
        rows.add(row);
        return row;
    }

    List<Row> rows() {
        return rows;
    }

    void fixed(int[] value) {
        fixed.add(value);
    }

    /** A value withheld elsewhere, or small, that this problem must not let anyone compute. */
    void mustStayHidden(int[] value) {
        mustStayHidden.add(value);
    }

    /**
     * What everyone knows from the rules alone (e.g. that persons with a college diploma hold no degree):
     * published, and part of the shared space, so that knowing it is not counted as learning it here.
     */
    void known(int[] value) {
        shared(value, true);
    }

    /** A value shared with other problems: published (fixed), or withheld there and so to stay hidden here. */
    void shared(int[] value, boolean published) {
        lowerAll.add(value);
        if (published) {
            lowerPublished.add(value);
            fixed.add(value);
        } else {
            mustStayHidden.add(value);
        }
    }

    static int[] count(int[] cells) {
        int[] parts = new int[cells.length * 2];
        for (int i = 0; i < cells.length; i++) {
            parts[2 * i] = 2 * cells[i];
            parts[2 * i + 1] = 2 * cells[i] + 1;
        }
        return parts;
    }

    static int[] universityPlus(int[] cells) {
        return IntStream.of(cells).map(cell -> 2 * cell + 1).toArray();
    }

    static int[] withoutDegree(int[] cells) {
        return IntStream.of(cells).map(cell -> 2 * cell).toArray();
    }

    /**
     * Primary suppression, complements line by line, then the audit: while a small or must-stay-hidden
     * value can be computed, or the shared space learns more than its published part, one more row is
     * withheld (the smallest in a line of the problem, an indicator last). Withheld values the published
     * ones determine anyway are then published (unless {@code release} is false). False when withholding
     * every row is not enough: a shared margin must then be withheld by the problem that decides it.
     */
    boolean protect(boolean release) {
        for (Row row : rows) {
            if (small(row.count)) {
                row.hide();
            }
            if (!row.indicator && (small(row.universityPlus) || small(row.count - row.universityPlus))) {
                row.universityHidden = true;
            }
        }
        complements();
        Span shared = span(lowerAll);
        int sharedPublished = span(lowerPublished).rank();
        while (true) {
            Span published = published();
            Span withShared = new Span(published);
            lowerAll.forEach(withShared::add);
            boolean sharedLeaks = published.rank() + shared.rank() - withShared.rank() != sharedPublished;
            boolean othersLeak = mustStayHidden.stream().anyMatch(published::contains);
            List<Row> leaking = new ArrayList<>();
            boolean onlyUniversity = true;
            for (Row row : rows) {
                boolean count = small(row.count) && published.contains(count(row.cells));
                boolean university = !row.indicator && (small(row.universityPlus) && published.contains(universityPlus(row.cells))
                        || small(row.count - row.universityPlus) && published.contains(withoutDegree(row.cells)));
                if (count || university) {
                    leaking.add(row);
                    onlyUniversity &= !count;
                }
            }
            if (!sharedLeaks && !othersLeak && leaking.isEmpty()) {
                if (release) {
                    release(published);
                }
                return true;
            }
            boolean universityOnly = onlyUniversity && !sharedLeaks && !othersLeak;
            Optional<Row> next = next(leaking, universityOnly);
            if (next.isEmpty()) {
                return false;
            }
            if (universityOnly && !next.get().universityHidden) {
                next.get().universityHidden = true;
            } else {
                next.get().hide();
            }
        }
    }

    /** Where a line has exactly one withheld row, its smallest other row goes too (the classic complement). */
    private void complements() {
        Map<String, List<Row>> byLine = new HashMap<>();
        rows.stream().filter(row -> !row.indicator)
                .forEach(row -> row.lines.forEach(line -> byLine.computeIfAbsent(line, l -> new ArrayList<>()).add(row)));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Row> line : byLine.values()) {
                changed |= complement(line, row -> row.countHidden, Row::hide, row -> row.count);
                changed |= complement(line, row -> row.universityHidden,
                        row -> row.universityHidden = true, row -> row.universityPlus);
            }
        }
    }

    private static boolean complement(List<Row> line, java.util.function.Predicate<Row> hidden,
                                      java.util.function.Consumer<Row> hide, java.util.function.ToLongFunction<Row> value) {
        if (line.size() < 2 || line.stream().filter(hidden).count() != 1) {
            return false;
        }
        line.stream().filter(hidden.negate())
                .min(Comparator.comparingLong(value).thenComparing(row -> row.key))
                .ifPresent(hide);
        return true;
    }

    /** The next row to withhold: in a leaking row's lines if possible, else anywhere; indicators last. */
    private Optional<Row> next(List<Row> leaking, boolean universityOnly) {
        Set<String> lines = new HashSet<>();
        leaking.forEach(row -> lines.addAll(row.lines));
        Comparator<Row> smallest = Comparator.comparingLong((Row row) -> universityOnly ? row.universityPlus : row.count)
                .thenComparing(row -> row.view).thenComparing(row -> row.key);
        List<Row> candidates = rows.stream().filter(row -> !row.indicator)
                .filter(row -> universityOnly ? !row.universityHidden : !row.countHidden).toList();
        Optional<Row> inLine = candidates.stream().filter(row -> row.lines.stream().anyMatch(lines::contains)).min(smallest);
        if (inLine.isPresent()) {
            return inLine;
        }
        if (!candidates.isEmpty()) {
            return candidates.stream().min(smallest);
        }
        if (universityOnly) {
            return next(leaking, false);
        }
        return rows.stream().filter(row -> row.indicator && !row.countHidden).min(smallest);
    }

    /** Publishes the withheld values the published ones determine, keeping the rows' decisions otherwise. */
    void publishDetermined() {
        release(published());
    }

    /** A withheld value that the published ones determine tells nothing new: it is published. */
    private void release(Span published) {
        for (Row row : rows) {
            if (row.countHidden && !small(row.count) && published.contains(count(row.cells))) {
                row.countHidden = false;
            }
        }
        for (Row row : rows) {
            if (!row.indicator && !row.countHidden && row.universityHidden && !small(row.universityPlus)
                    && !small(row.count - row.universityPlus) && published.contains(universityPlus(row.cells))) {
                row.universityHidden = false;
            }
        }
    }

    private Span published() {
        Span span = span(fixed);
        for (Row row : rows) {
            if (!row.countHidden) {
                span.add(count(row.cells));
            }
            if (!row.universityHidden) {
                span.add(universityPlus(row.cells));
            }
        }
        return span;
    }

    private static Span span(List<int[]> values) {
        Span span = new Span();
        values.forEach(span::add);
        return span;
    }
}
