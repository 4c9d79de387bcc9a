package vn.gialai.iwd.plan.rest;

import java.util.List;

/** An agency group: its rule (kinds and listed units) and the units it expands to today. */
public record AgencyGroupView(String code, String nameVi, List<String> memberKinds, List<String> memberCodes,
                              List<String> members) {
}
