package vn.gialai.iwd.registry.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.domain.DuplicateCandidate;
import vn.gialai.iwd.registry.domain.Person;
import vn.gialai.iwd.registry.repository.DuplicateCandidateRepository;
import vn.gialai.iwd.registry.repository.PersonRecordRepository;
import vn.gialai.iwd.registry.repository.PersonRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The review queue of possible duplicates: a registry administrator merges or keeps apart; never automatic. */
@ApplicationScoped
public class DuplicateService {

    public enum Action { MERGE, DISTINCT }

    private final DuplicateCandidateRepository candidates;
    private final PersonRepository persons;
    private final PersonRecordRepository records;
    private final PersonProfiles profiles;
    private final AuditTrail audit;
    private final Clock clock;

    DuplicateService(DuplicateCandidateRepository candidates, PersonRepository persons, PersonRecordRepository records,
                     PersonProfiles profiles, AuditTrail audit, Clock clock) {
        this.candidates = candidates;
        this.persons = persons;
        this.records = records;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** Cases in id order after {@code afterId}, optionally only those involving one person. */
    public List<DuplicateCandidate> list(Caller caller, DuplicateCandidate.Status status, UUID personId, long afterId,
                                         int limit) {
        if (personId == null) {
            return candidates.find("status = ?1 and id > ?2", Sort.by("id"), status, afterId).page(0, limit).list();
        }
        return candidates.find("status = ?1 and id > ?2 and (personId = ?3 or otherPersonId = ?3)", Sort.by("id"),
                status, afterId, personId).page(0, limit).list();
    }

    /** MERGE moves every record of the other person to the first and republishes both; DISTINCT closes the case. */
    @Transactional
    public DuplicateCandidate resolve(Caller caller, long candidateId, Action action) {
        DuplicateCandidate candidate = candidates.findByIdOptional(candidateId)
                .orElseThrow(() -> ProblemException.notFound("No duplicate case " + candidateId + "."));
        if (candidate.status != DuplicateCandidate.Status.OPEN) {
            throw ProblemException.conflict("Duplicate case " + candidateId + " is already " + candidate.status + ".");
        }
        if (action == Action.MERGE) {
            merge(candidate, caller);
        }
        candidate.status = action == Action.MERGE ? DuplicateCandidate.Status.MERGED : DuplicateCandidate.Status.DISTINCT;
        candidate.resolvedAt = OffsetDateTime.now(clock);
        candidate.resolvedBy = caller.clientId();
        audit.record(caller, "DUPLICATE_" + candidate.status, candidate.personId + " " + candidate.otherPersonId);
        return candidate;
    }

    private void merge(DuplicateCandidate candidate, Caller caller) {
        Person survivor = persons.lock(candidate.personId);
        Person merged = persons.lock(candidate.otherPersonId);
        if (survivor.nationalIdHmac != null && merged.nationalIdHmac != null
                && !Objects.equals(survivor.nationalIdHmac, merged.nationalIdHmac)) {
            throw ProblemException.conflict("The two persons have different national IDs: they are not the same person.");
        }
        if (survivor.nationalIdHmac == null && merged.nationalIdHmac != null) {
            String hmac = merged.nationalIdHmac;
            String last4 = merged.nationalIdLast4;
            merged.nationalIdHmac = null;
            merged.nationalIdLast4 = null;
            persons.flush();
            survivor.nationalIdHmac = hmac;
            survivor.nationalIdLast4 = last4;
        }
        records.update("personId = ?1 where personId = ?2", survivor.id, merged.id);
        profiles.refresh(Set.of(survivor.id, merged.id));
        carryOpenCases(candidate, survivor.id, merged.id, caller);
    }

    /**
     * The absorbed person's other open cases become the survivor's: re-pointed to it, or SUPERSEDED
     * when the survivor already has a case with that person (or the case would pair it with itself).
     */
    private void carryOpenCases(DuplicateCandidate resolved, UUID survivor, UUID absorbed, Caller caller) {
        List<DuplicateCandidate> open = candidates.list("status = ?1 and id <> ?2 and (personId = ?3 or otherPersonId = ?3)",
                DuplicateCandidate.Status.OPEN, resolved.id, absorbed);
        for (DuplicateCandidate other : open) {
            UUID third = other.personId.equals(absorbed) ? other.otherPersonId : other.personId;
            if (third.equals(survivor) || candidates.existsForPair(survivor, third)) {
                other.status = DuplicateCandidate.Status.SUPERSEDED;
                other.resolvedAt = OffsetDateTime.now(clock);
                other.resolvedBy = caller.clientId();
            } else {
                other.pair(survivor, third);
            }
        }
    }
}
