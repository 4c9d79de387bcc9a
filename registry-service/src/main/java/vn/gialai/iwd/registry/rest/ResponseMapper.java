package vn.gialai.iwd.registry.rest;

import vn.gialai.iwd.registry.domain.CodeEntry;
import vn.gialai.iwd.registry.domain.Unit;

/** The one place where entities become response records. */
final class ResponseMapper {

    private ResponseMapper() {
    }

    static UnitResponse toResponse(Unit unit) {
        return new UnitResponse(unit.code, unit.nameVi, unit.nameEn, unit.kind.name(), unit.parentCode,
                unit.validFrom, unit.validTo, unit.successorCodes, unit.version);
    }

    static CodeResponse toResponse(CodeEntry entry) {
        return new CodeResponse(entry.key.code(), entry.labelVi, entry.labelEn);
    }
}
