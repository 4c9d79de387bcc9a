package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.domain.PersonRecord;
import vn.gialai.iwd.registry.repository.PersonRecordRepository;
import vn.gialai.iwd.registry.repository.UnitRepository;

import java.time.OffsetDateTime;
import java.util.List;

/** A unit's records as its own system reads them back: every read holds personal data and is audited. */
@ApplicationScoped
public class RecordReads {

    private final UnitRepository units;
    private final PersonRecordRepository records;
    private final AuditTrail audit;

    RecordReads(UnitRepository units, PersonRecordRepository records, AuditTrail audit) {
        this.units = units;
        this.records = records;
        this.audit = audit;
    }

    /** One record, with personal data: an audited read. */
    @Transactional
    public PersonRecord find(Caller caller, String unitCode, String externalId) {
        caller.requireUnit(unitCode);
        PersonRecord record = records.findByKey(unitCode, externalId)
                .orElseThrow(() -> ProblemException.notFound("No record " + externalId + " in unit " + unitCode + "."));
        audit.record(caller, "RECORD_READ", unitCode + "/" + externalId);
        return record;
    }

    /** A page of a unit's records in (updatedAt, id) order, after the cursor position; an audited read. */
    @Transactional
    public List<PersonRecord> page(Caller caller, String unitCode, OffsetDateTime updatedSince, RecordCursor after,
                                   int limit) {
        caller.requireUnit(unitCode);
        if (units.findByIdOptional(unitCode).isEmpty()) {
            throw ProblemException.notFound("No unit with code " + unitCode + ".");
        }
        RecordCursor position = after == null ? RecordCursor.START : after;
        List<PersonRecord> page = records.pageOfUnit(unitCode,
                updatedSince == null ? RecordCursor.START.updatedAt() : updatedSince, position.updatedAt(),
                position.id(), limit);
        audit.record(caller, "RECORDS_LISTED", unitCode + " count=" + page.size());
        return page;
    }
}
