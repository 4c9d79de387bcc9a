package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.config.EventsConfig;
import vn.gialai.iwd.registry.domain.Unit;
import vn.gialai.iwd.registry.domain.UnitKind;
import vn.gialai.iwd.registry.events.CloudEventWriter;
import vn.gialai.iwd.registry.events.UnitChanged;
import vn.gialai.iwd.registry.repository.UnitRepository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

@ApplicationScoped
public class UnitService {

    /** What an administrator may set on a unit; the code comes from the path. */
    public record UnitDefinition(String code, String nameVi, String nameEn, UnitKind kind, String parentCode,
                                 LocalDate validFrom, LocalDate validTo, List<String> successorCodes) {
    }

    public record Saved(Unit unit, boolean created) {
    }

    private final UnitRepository units;
    private final CloudEventWriter events;
    private final EventsConfig config;

    UnitService(UnitRepository units, CloudEventWriter events, EventsConfig config) {
        this.units = units;
        this.events = events;
        this.config = config;
    }

    public List<Unit> list() {
        return units.listOrdered();
    }

    public Unit get(String code) {
        return units.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("No unit with code " + code + "."));
    }

    @Transactional
    public Saved save(UnitDefinition definition) {
        List<String> successors = definition.successorCodes() == null ? List.of() : definition.successorCodes();
        checkReferences(definition, successors);
        Unit unit = units.findById(definition.code());
        boolean created = unit == null;
        if (created) {
            unit = new Unit();
            unit.code = definition.code();
        } else if (sameAs(unit, definition, successors)) {
            return new Saved(unit, false);
        }
        unit.nameVi = definition.nameVi();
        unit.nameEn = definition.nameEn();
        unit.kind = definition.kind();
        unit.parentCode = definition.parentCode();
        unit.validFrom = definition.validFrom();
        unit.validTo = definition.validTo();
        unit.successorCodes = successors;
        unit.version = unit.version + 1;
        unit.updatedAt = OffsetDateTime.now();
        units.persist(unit);
        events.append(config.topics().unit(), UnitChanged.TYPE, unit.code,
                new UnitChanged(unit.code, unit.nameVi, unit.nameEn, unit.kind.name(), unit.parentCode,
                        unit.validFrom, unit.validTo, unit.successorCodes, unit.version));
        return new Saved(unit, created);
    }

    private void checkReferences(UnitDefinition definition, List<String> successors) {
        if (definition.validTo() != null && definition.validTo().isBefore(definition.validFrom())) {
            throw ProblemException.invalid("validTo must not be before validFrom.");
        }
        if (definition.parentCode() != null) {
            if (definition.parentCode().equals(definition.code())) {
                throw ProblemException.invalid("A unit cannot be its own parent.");
            }
            if (units.findByIdOptional(definition.parentCode()).isEmpty()) {
                throw ProblemException.invalid("Unknown parentCode " + definition.parentCode() + ".");
            }
        }
        for (String successor : successors) {
            if (successor.equals(definition.code()) || units.findByIdOptional(successor).isEmpty()) {
                throw ProblemException.invalid("Unknown successor code " + successor + ".");
            }
        }
    }

    private static boolean sameAs(Unit unit, UnitDefinition definition, List<String> successors) {
        return unit.nameVi.equals(definition.nameVi()) && Objects.equals(unit.nameEn, definition.nameEn())
                && unit.kind == definition.kind() && Objects.equals(unit.parentCode, definition.parentCode())
                && unit.validFrom.equals(definition.validFrom()) && Objects.equals(unit.validTo, definition.validTo())
                && unit.successorCodes.equals(successors);
    }
}
