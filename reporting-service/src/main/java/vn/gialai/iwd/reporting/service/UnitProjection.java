package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.reporting.domain.UnitView;
import vn.gialai.iwd.reporting.events.UnitChanged;
import vn.gialai.iwd.reporting.repository.UnitViewRepository;

import java.time.OffsetDateTime;
import java.util.List;

/** Keeps {@code unit_view} equal to the newest published version of each unit. */
@ApplicationScoped
public class UnitProjection {

    private final UnitViewRepository units;

    UnitProjection(UnitViewRepository units) {
        this.units = units;
    }

    /** @return whether the event was newer than what we hold and was applied */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(UnitChanged change, OffsetDateTime eventTime) {
        UnitView unit = units.findById(change.code());
        if (unit != null && unit.version >= change.version()) {
            return false;
        }
        if (unit == null) {
            unit = new UnitView();
            unit.code = change.code();
        }
        unit.nameVi = change.nameVi();
        unit.nameEn = change.nameEn();
        unit.kind = change.kind();
        unit.parentCode = change.parentCode();
        unit.validFrom = change.validFrom();
        unit.validTo = change.validTo();
        unit.successorCodes = change.successorCodes() == null ? List.of() : change.successorCodes();
        unit.version = change.version();
        unit.eventTime = eventTime;
        units.persist(unit);
        return true;
    }
}
