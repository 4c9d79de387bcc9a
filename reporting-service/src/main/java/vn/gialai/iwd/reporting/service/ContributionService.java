package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.ContributionGrouping;
import vn.gialai.iwd.reporting.domain.Contributions;
import vn.gialai.iwd.reporting.repository.ContributionRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contributions report (plan task III.3): exact, for internal roles; public versions in {@link PublicContributions}. */
@ApplicationScoped
public class ContributionService {

    /** The first year a contribution may carry (registry's rule). */
    public static final int FIRST_YEAR = 1950;

    private final ContributionRepository contributions;
    private final UnitRollup unitRollup;
    private final Labels labels;
    private final Today today;
    private final AnswerCache answers;

    ContributionService(ContributionRepository contributions, UnitRollup unitRollup, Labels labels, Today today,
                        AnswerCache answers) {
        this.contributions = contributions;
        this.unitRollup = unitRollup;
        this.labels = labels;
        this.today = today;
        this.answers = answers;
    }

    /** Contributions of the years {@code from}–{@code to} by type and, unless null, one more grouping. */
    public Contributions report(ContributionGrouping grouping, int from, int to) {
        return answers.reuse("contributions|" + grouping + "|" + from + "|" + to, () -> compute(grouping, from, to));
    }

    private Contributions compute(ContributionGrouping grouping, int from, int to) {
        // Unit names are read only for a report by unit: the crosswalk lists every unit.
        UnitRollup.Crosswalk units = grouping == ContributionGrouping.UNIT ? unitRollup.crosswalk(today.date()) : null;
        List<Contributions.Row> rows = new ArrayList<>();
        for (ContributionRepository.Group group : contributions.groups(grouping, from, to)) {
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put("type", group.type());
            String label = labels.label("type", group.type());
            if (grouping != null) {
                keys.put(grouping.apiName(), group.key());
                label += " | " + switch (grouping) {
                    case UNIT -> units.label(group.key());
                    case YEAR -> group.key();
                    default -> labels.label(grouping.apiName(), group.key());
                };
            }
            rows.add(new Contributions.Row(String.join("|", keys.values()), keys, label, group.contributions(),
                    group.contributors(), false));
        }
        ContributionRepository.Group total = contributions.total(from, to);
        return new Contributions(grouping == null ? List.of("type") : List.of("type", grouping.apiName()), from, to,
                today.date(), new Contributions.Figure(total.contributions(), total.contributors(), false), rows);
    }

}
