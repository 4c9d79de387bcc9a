package vn.gialai.iwd.registry.service;

import vn.gialai.iwd.registry.domain.Unit;

/** Records pushed under a dissolved unit: 422 naming the unit's successors. */
public class UnitRetiredException extends RuntimeException {

    private final transient Unit unit;

    public UnitRetiredException(Unit unit) {
        super("unit retired");
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }
}
