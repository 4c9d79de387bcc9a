package vn.gialai.iwd.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.plan.domain.Agency;
import vn.gialai.iwd.plan.domain.AgencyGroup;
import vn.gialai.iwd.plan.events.UnitChanged;
import vn.gialai.iwd.plan.repository.AgencyGroupRepository;
import vn.gialai.iwd.plan.repository.AgencyRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** The agencies (registry's units, as last published) and the plan's agency groups. */
@ApplicationScoped
public class AgencyService {

    private final AgencyRepository agencies;
    private final AgencyGroupRepository groups;
    private final Clock clock;

    AgencyService(AgencyRepository agencies, AgencyGroupRepository groups, Clock clock) {
        this.agencies = agencies;
        this.groups = groups;
        this.clock = clock;
    }

    public AgencyDirectory directory() {
        return new AgencyDirectory(agencies.listOrdered(), groups.listOrdered());
    }

    public List<AgencyGroup> groups() {
        return groups.listOrdered();
    }

    /**
     * Keeps an agency equal to the newest unit version registry published; older and repeated
     * versions change nothing, so redelivered and replayed events are harmless.
     *
     * @return whether the event was newer than what we hold and was applied
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(UnitChanged change) {
        Agency agency = agencies.findById(change.code());
        if (agency != null && agency.version >= change.version()) {
            return false;
        }
        if (agency == null) {
            agency = new Agency();
            agency.code = change.code();
        }
        agency.nameVi = change.nameVi();
        agency.nameEn = change.nameEn();
        agency.kind = change.kind();
        agency.parentCode = change.parentCode();
        agency.validFrom = change.validFrom();
        agency.validTo = change.validTo();
        agency.successorCodes = change.successorCodes() == null ? List.of() : change.successorCodes();
        agency.version = change.version();
        agency.updatedAt = OffsetDateTime.now(clock);
        agencies.persist(agency);
        return true;
    }
}
