package vn.gialai.iwd.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** A set of agencies the plan names collectively: every unit of the member kinds plus the listed units. */
@Entity
@Table(name = "agency_group")
public class AgencyGroup {

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_kinds", nullable = false)
    public List<String> memberKinds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_codes", nullable = false)
    public List<String> memberCodes = new ArrayList<>();

    public boolean includes(Agency agency) {
        return memberKinds.contains(agency.kind) || memberCodes.contains(agency.code);
    }
}
