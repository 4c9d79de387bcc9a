package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.domain.PersonRecord;
import vn.gialai.iwd.registry.repository.PersonRecordRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** A unit takes a record off its list: dated, audited, and reflected in the person's profile. */
@ApplicationScoped
public class RecordRemovals {

    private final PersonRecordRepository records;
    private final PersonProfiles profiles;
    private final AuditTrail audit;
    private final Clock clock;

    RecordRemovals(PersonRecordRepository records, PersonProfiles profiles, AuditTrail audit, Clock clock) {
        this.records = records;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Removes a record as of a date (today in Vietnam when not given; never in the future); ERROR also
     * erases it from history. Removing twice changes nothing.
     */
    @Transactional
    public void remove(Caller caller, String unitCode, String externalId, String reason, LocalDate effectiveDate) {
        caller.requireUnit(unitCode);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = effectiveDate == null ? today : effectiveDate;
        if (on.isAfter(today)) {
            throw new RecordRejectedException(List.of(Finding.error("effectiveDate", "IN_FUTURE")));
        }
        PersonRecord record = records.findByKey(unitCode, externalId)
                .orElseThrow(() -> ProblemException.notFound("No record " + externalId + " in unit " + unitCode + "."));
        if (!record.isActive()) {
            return;
        }
        record.remove(reason, on, OffsetDateTime.now(clock));
        profiles.refresh(Set.of(record.personId));
        audit.record(caller, "RECORD_REMOVED", unitCode + "/" + externalId + " reason=" + reason);
    }
}
