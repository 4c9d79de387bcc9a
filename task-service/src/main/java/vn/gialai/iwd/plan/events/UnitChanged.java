package vn.gialai.iwd.plan.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;

/** Tolerant reader of registry's {@code vn.gialai.iwd.registry.unit.changed} data: unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitChanged(String code, String nameVi, String nameEn, String kind, String parentCode,
                          LocalDate validFrom, LocalDate validTo, List<String> successorCodes, long version) {

    public static final String TYPE = "vn.gialai.iwd.registry.unit.changed";

    /** The fields registry's schema requires and the agency table cannot do without. */
    public boolean isComplete() {
        return code != null && nameVi != null && kind != null && validFrom != null && version > 0;
    }
}
