package vn.gialai.iwd.registry.rest;

import vn.gialai.iwd.registry.domain.CodeEntry;
import vn.gialai.iwd.registry.domain.DuplicateCandidate;
import vn.gialai.iwd.registry.domain.PersonRecord;
import vn.gialai.iwd.registry.domain.Snapshot;
import vn.gialai.iwd.registry.domain.Unit;
import vn.gialai.iwd.registry.service.ImportService;
import vn.gialai.iwd.registry.service.PersonService;
import vn.gialai.iwd.registry.service.RecordService;

import java.util.List;

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

    static RecordResponses.RecordView toResponse(PersonRecord r) {
        return new RecordResponses.RecordView(r.unitCode, r.externalId, r.personId, r.fullName, r.nationalIdLast4,
                r.dateOfBirth, r.birthYear, r.gender, r.ethnicity, r.highestQualification, r.academicTitle,
                r.fieldOfStudy, r.sector, r.employment, r.employer, r.meetsStandard, r.trainedAbroad, r.livesAbroad,
                r.foreignNational, r.contributions, r.effectiveDate, r.removedOn, r.removalReason, r.version,
                r.updatedAt);
    }

    static RecordResponses.WriteResult toResponse(RecordService.Written written, boolean english) {
        return new RecordResponses.WriteResult(written.unitCode(), written.externalId(), written.personId(),
                written.version(),
                written.outcome().name(), written.warnings().stream().map(w -> Messages.toError(w, english)).toList());
    }

    static RecordResponses.BatchResult toResponse(RecordService.BatchResult result, boolean english) {
        List<RecordResponses.Rejection> rejected = result.rejected().stream()
                .map(r -> new RecordResponses.Rejection(r.index(), r.externalId(),
                        r.errors().stream().map(e -> Messages.toError(e, english)).toList()))
                .toList();
        List<RecordResponses.ItemWarning> warnings = result.warnings().stream()
                .map(w -> new RecordResponses.ItemWarning(w.index(), w.externalId(), w.finding().field(),
                        w.finding().code(), Messages.text(w.finding().code(), w.finding().arguments(), english)))
                .toList();
        return new RecordResponses.BatchResult(result.received(), result.created(), result.updated(),
                result.unchanged(), rejected, warnings);
    }

    static ImportResponses.ImportResult toResponse(ImportService.Result result, boolean english) {
        return new ImportResponses.ImportResult(result.importId(), result.received(), result.created(),
                result.updated(), result.unchanged(), rejectionsOf(result, english), warningsOf(result, english));
    }

    static List<ImportResponses.RowRejection> rejectionsOf(ImportService.Result result, boolean english) {
        return result.rejected().stream().map(r -> new ImportResponses.RowRejection(r.index(), r.row(), r.externalId(),
                r.errors().stream().map(e -> new ImportResponses.CellError(e.finding().field(), e.finding().code(),
                        Messages.text(e.finding().code(), e.finding().arguments(), english), e.column(),
                        e.contributionRow())).toList())).toList();
    }

    static List<ImportResponses.RowWarning> warningsOf(ImportService.Result result, boolean english) {
        return result.warnings().stream().map(w -> new ImportResponses.RowWarning(w.index(), w.row(), w.externalId(),
                w.warning().finding().field(), w.warning().column(), w.warning().contributionRow(),
                w.warning().finding().code(),
                Messages.text(w.warning().finding().code(), w.warning().finding().arguments(), english))).toList();
    }

    static RecordResponses.SnapshotView toResponse(Snapshot snapshot) {
        return new RecordResponses.SnapshotView(snapshot.id, snapshot.unitCode, snapshot.createdAt,
                snapshot.committedAt, snapshot.removedCount);
    }

    static PersonResponses.PersonView toResponse(PersonService.PersonWithRecords found) {
        PersonRecord latest = found.latestActive();
        return new PersonResponses.PersonView(found.person().id, latest == null ? null : latest.fullName,
                latest == null ? null : latest.birthYear, latest == null ? null : latest.gender,
                found.person().nationalIdLast4, found.person().highestQualification, found.person().academicTitle,
                found.person().sector, found.person().employment, found.person().activeRecords, found.person().version,
                found.records().stream().map(r -> new PersonResponses.RecordRef(r.unitCode, r.externalId,
                        r.effectiveDate, r.removedOn, r.removalReason)).toList());
    }

    static PersonResponses.DuplicateView toResponse(DuplicateCandidate candidate) {
        return new PersonResponses.DuplicateView(candidate.id, candidate.personId, candidate.otherPersonId,
                candidate.status.name(), candidate.createdAt, candidate.resolvedAt, candidate.resolvedBy);
    }
}
