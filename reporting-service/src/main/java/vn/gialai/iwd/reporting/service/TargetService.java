package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.reporting.domain.IndicatorCode;
import vn.gialai.iwd.reporting.domain.Target;
import vn.gialai.iwd.reporting.domain.TargetChange;
import vn.gialai.iwd.reporting.repository.TargetChangeRepository;
import vn.gialai.iwd.reporting.repository.TargetRepository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Targets as the plan sets them, editable by plan-admin; every change is kept in target_change. */
@ApplicationScoped
public class TargetService {

    /** What a caller asks to set. */
    public record TargetInput(String indicator, int year, BigDecimal value, String source) {
    }

    private final TargetRepository targets;
    private final TargetChangeRepository changes;
    private final Event<DataChanged> dataChanged;

    TargetService(TargetRepository targets, TargetChangeRepository changes, Event<DataChanged> dataChanged) {
        this.targets = targets;
        this.changes = changes;
        this.dataChanged = dataChanged;
    }

    public List<Target> list() {
        return targets.listOrdered();
    }

    public List<TargetChange> history() {
        return changes.listOrdered();
    }

    /** Sets each target; an identical value and source is no change and leaves no history row. */
    @Transactional
    public List<Target> put(List<TargetInput> inputs, String caller) {
        OffsetDateTime now = OffsetDateTime.now();
        boolean changed = false;
        for (TargetInput input : inputs) {
            validate(input);
            Target target = targets.findById(new Target.Key(input.indicator(), input.year()));
            if (target != null && target.value.compareTo(input.value()) == 0 && target.source.equals(input.source())) {
                continue;
            }
            TargetChange change = new TargetChange();
            change.indicator = input.indicator();
            change.year = input.year();
            change.oldValue = target == null ? null : target.value;
            change.newValue = input.value();
            change.source = input.source();
            change.changedAt = now;
            change.changedBy = caller;
            changes.persist(change);
            if (target == null) {
                target = new Target();
                target.indicator = input.indicator();
                target.year = input.year();
            }
            target.value = input.value();
            target.source = input.source();
            target.updatedAt = now;
            target.updatedBy = caller;
            targets.persist(target);
            changed = true;
        }
        if (changed) {
            dataChanged.fire(new DataChanged());
        }
        return targets.listOrdered();
    }

    private static void validate(TargetInput input) {
        IndicatorCode code = Arrays.stream(IndicatorCode.values())
                .filter(candidate -> candidate.name().equals(input.indicator())).findFirst()
                .orElseThrow(() -> ProblemException.unprocessable("Unknown indicator " + input.indicator() + "."));
        if (input.value().signum() <= 0 || code.isShare() && input.value().compareTo(BigDecimal.ONE) > 0) {
            throw ProblemException.unprocessable(code.isShare()
                    ? "A share target must be above 0 and at most 1." : "A count target must be above 0.");
        }
        if (!code.isShare() && input.value().stripTrailingZeros().scale() > 0) {
            throw ProblemException.unprocessable("A count target must be a whole number.");
        }
    }
}
