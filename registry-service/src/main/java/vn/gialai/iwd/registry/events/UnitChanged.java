package vn.gialai.iwd.registry.events;

import java.time.LocalDate;
import java.util.List;

/** Data of {@code vn.gialai.iwd.registry.unit.changed}: the whole unit, versioned per unit. */
public record UnitChanged(String code, String nameVi, String nameEn, String kind, String parentCode,
                          LocalDate validFrom, LocalDate validTo, List<String> successorCodes, long version) {

    public static final String TYPE = "vn.gialai.iwd.registry.unit.changed";
}
