package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.UnitView;
import vn.gialai.iwd.reporting.repository.UnitViewRepository;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps a unit to the unit that carries it on today: a unit that has ended and names exactly one
 * successor is replaced by it, repeatedly (a pre-2025 district → the merged province or its commune).
 * A unit with several successors cannot be split without record-level data, so it stays itself.
 */
@ApplicationScoped
public class UnitRollup {

    /** Longer chains than this can only be a cycle in the crosswalk. */
    private static final int MAX_STEPS = 16;

    private final UnitViewRepository units;

    UnitRollup(UnitViewRepository units) {
        this.units = units;
    }

    /** A snapshot of the crosswalk for one request: unit_view is small (hundreds of units). */
    public Crosswalk crosswalk(LocalDate today) {
        return new Crosswalk(units.listAll().stream().collect(Collectors.toMap(unit -> unit.code, Function.identity())),
                today);
    }

    public record Crosswalk(Map<String, UnitView> units, LocalDate today) {

        public String current(String code) {
            String current = code;
            for (int step = 0; step < MAX_STEPS; step++) {
                UnitView unit = units.get(current);
                if (unit == null || unit.validTo == null || !unit.validTo.isBefore(today)
                        || unit.successorCodes.size() != 1) {
                    return current;
                }
                current = unit.successorCodes.get(0);
            }
            return current;
        }

        public String label(String code) {
            UnitView unit = units.get(code);
            return unit == null ? code : unit.nameVi;
        }
    }
}
