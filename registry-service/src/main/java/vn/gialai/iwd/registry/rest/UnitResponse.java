package vn.gialai.iwd.registry.rest;

import java.time.LocalDate;
import java.util.List;

public record UnitResponse(String code, String nameVi, String nameEn, String kind, String parentCode,
                           LocalDate validFrom, LocalDate validTo, List<String> successorCodes, long version) {
}
