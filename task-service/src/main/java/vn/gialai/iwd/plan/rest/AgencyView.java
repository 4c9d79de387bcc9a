package vn.gialai.iwd.plan.rest;

import java.time.LocalDate;
import java.util.List;

/** An agency (a registry unit) with the plan's agency groups it belongs to. */
public record AgencyView(String code, String nameVi, String nameEn, String kind, String parentCode,
                         LocalDate validFrom, LocalDate validTo, List<String> successorCodes, List<String> groups,
                         long version) {
}
