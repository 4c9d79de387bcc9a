package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.config.ReportingConfig;
import vn.gialai.iwd.reporting.domain.IndicatorCode;
import vn.gialai.iwd.reporting.domain.Indicators;
import vn.gialai.iwd.reporting.domain.Scope;
import vn.gialai.iwd.reporting.domain.Totals;
import vn.gialai.iwd.reporting.domain.Target;
import vn.gialai.iwd.reporting.repository.AggregateQueries;
import vn.gialai.iwd.reporting.repository.ConsumerStateRepository;
import vn.gialai.iwd.reporting.repository.TargetRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Indicator values (DESIGN §3 counting rules) and their progress towards the targets. A target is
 * ACHIEVED once the value reaches it; otherwise ON_TRACK while the compound annual growth still
 * needed by the target year is at most {@code iwd.reporting.on-track-max-annual-growth}, else AT_RISK
 * (also when the target year has arrived without achieving it).
 */
@ApplicationScoped
public class IndicatorService {

    private final AggregateQueries aggregates;
    private final TargetRepository targets;
    private final ConsumerStateRepository consumerState;
    private final ReportingConfig config;
    private final AnswerCache answers;

    IndicatorService(AggregateQueries aggregates, TargetRepository targets, ConsumerStateRepository consumerState,
                     ReportingConfig config, AnswerCache answers) {
        this.answers = answers;
        this.aggregates = aggregates;
        this.targets = targets;
        this.consumerState = consumerState;
        this.config = config;
    }

    public Indicators indicators(Scope scope) {
        return answers.reuse("indicators|" + scope, () -> compute(scope));
    }

    private Indicators compute(Scope scope) {
        Totals totals = aggregates.totals(scope);
        List<Target> allTargets = targets.listOrdered();
        int asOfYear = scope.effectiveAsOf().getYear();
        List<Indicators.Value> values = new ArrayList<>();
        for (IndicatorCode code : IndicatorCode.values()) {
            long numerator = code.numerator(totals);
            List<Target> own = allTargets.stream().filter(target -> target.indicator.equals(code.name())).toList();
            if (code.isShare()) {
                long denominator = code.denominator(totals);
                BigDecimal exact = denominator == 0 ? null
                        : Shares.exact(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
                values.add(new Indicators.Value(code.name(), Shares.of(numerator, denominator), numerator, denominator,
                        progress(exact, own, asOfYear), null));
            } else {
                values.add(new Indicators.Value(code.name(), numerator, null, null,
                        progress(BigDecimal.valueOf(numerator), own, asOfYear), null));
            }
        }
        return new Indicators(scope.effectiveAsOf(), scope.knownAt(), consumerState.lastEventAt().orElse(null), values);
    }

    private List<Indicators.TargetProgress> progress(BigDecimal value, List<Target> own, int asOfYear) {
        return own.stream().map(target -> progress(value, target, asOfYear)).toList();
    }

    Indicators.TargetProgress progress(BigDecimal value, Target target, int asOfYear) {
        if (value == null) {
            return new Indicators.TargetProgress(target.year, target.value.stripTrailingZeros(), null, null, Indicators.Status.AT_RISK);
        }
        BigDecimal progress = Shares.round(Shares.exact(value, target.value));
        if (value.compareTo(target.value) >= 0) {
            return new Indicators.TargetProgress(target.year, target.value.stripTrailingZeros(), progress, null, Indicators.Status.ACHIEVED);
        }
        int yearsLeft = target.year - asOfYear;
        if (yearsLeft <= 0 || value.signum() == 0) {
            return new Indicators.TargetProgress(target.year, target.value.stripTrailingZeros(), progress, null, Indicators.Status.AT_RISK);
        }
        double growth = Math.pow(Shares.exact(target.value, value).doubleValue(), 1.0 / yearsLeft) - 1;
        BigDecimal required = Shares.round(BigDecimal.valueOf(growth));
        // Decided exactly, not on the growth in double: growing by the limit each year reaches the target or not
        // (needing exactly 5 % a year is on track, where 1.05 ** 1 - 1 in double is a hair above 0.05).
        BigDecimal reachable = value.multiply(BigDecimal.ONE.add(config.onTrackMaxAnnualGrowth()).pow(yearsLeft));
        Indicators.Status status = reachable.compareTo(target.value) >= 0 ? Indicators.Status.ON_TRACK : Indicators.Status.AT_RISK;
        return new Indicators.TargetProgress(target.year, target.value.stripTrailingZeros(), progress, required, status);
    }
}
