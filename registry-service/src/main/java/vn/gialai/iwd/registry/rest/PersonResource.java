package vn.gialai.iwd.registry.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gialai.iwd.registry.domain.DuplicateCandidate;
import vn.gialai.iwd.registry.service.DuplicateService;
import vn.gialai.iwd.registry.service.PersonService;
import vn.gialai.iwd.registry.service.ProblemException;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PersonResource {

    private static final String PERSONS = "Persons";
    private static final String PERSONS_DESCRIPTION = "The de-duplicated natural persons behind the records; personal "
            + "data, for registry administrators, every read audited — Cá nhân trí thức";
    private static final String DUPLICATES = "Duplicate reviews";
    private static final String DUPLICATES_DESCRIPTION = "Pairs of persons that may be one (same name, date of birth and "
            + "gender, no national ID), waiting for a registry administrator's decision — Rà soát hồ sơ trùng lặp";
    private static final String LIMIT = "Items per page, 1 to 1000 (else 400)";

    private final PersonService persons;
    private final DuplicateService duplicates;
    private final CurrentCaller caller;

    PersonResource(PersonService persons, DuplicateService duplicates, CurrentCaller caller) {
        this.persons = persons;
        this.duplicates = duplicates;
        this.caller = caller;
    }

    /** Search persons: {@code q} ignores case and diacritics ("nguyen thi hong" finds "Nguyễn Thị Hồng"). */
    @GET
    @Path("/persons")
    @RolesAllowed({"registry-admin", "admin"})
    @Tag(name = PERSONS, description = PERSONS_DESCRIPTION)
    @Operation(operationId = "searchPersons", summary = "Search the persons that have an active record",
            description = "Persons with at least one active record, in id order, matching every criterion given. q "
                    + "matches the start of the name or of any word of it, ignoring case and diacritics (\"nguyen thi "
                    + "hong\" finds \"Nguyễn Thị Hồng\"). Needs the registry-admin role; the search is audited. "
                    + "Pages: follow nextCursor until it is null.")
    @APIResponse(responseCode = "200", description = "One page of persons")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RecordResponses.Page<PersonResponses.PersonView> search(
            @Parameter(description = "Part of the name: the start of the name or of one of its words") @QueryParam("q")
            String q,
            @Parameter(description = "Only persons with an active record of this unit") @QueryParam("unit") String unit,
            @Parameter(description = "Highest qualification (code of the qualifications list, e.g. MASTER)")
            @QueryParam("qualification") String qualification,
            @Parameter(description = "Sector (code of the sectors list, e.g. HEALTH)") @QueryParam("sector") String sector,
            @Parameter(description = "Employment (code of the employment list, e.g. CIVIL_SERVANT)")
            @QueryParam("employment") String employment,
            @Parameter(description = "nextCursor of the previous page; absent for the first page (not valid: 400)")
            @QueryParam("cursor") String cursor,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam("limit") String limitValue) {
        int limit = QueryValues.limit(limitValue);
        List<PersonService.PersonWithRecords> fetched = persons.search(caller.get(),
                new PersonService.Search(q, unit, qualification, sector, employment), Cursors.person(cursor), limit + 1);
        return RecordResponses.Page.of(fetched, limit, ResponseMapper::toResponse,
                last -> Cursors.ofPerson(last.person().id));
    }

    @GET
    @Path("/persons/{personId}")
    @RolesAllowed({"registry-admin", "admin"})
    @Tag(name = PERSONS, description = PERSONS_DESCRIPTION)
    @Operation(operationId = "getPerson", summary = "Read one person with all its records",
            description = "The person's profile (highest qualification over its active records; sector and "
                    + "employment from the record with the latest effective date) and every record of it, newest "
                    + "effective first. Needs the registry-admin role; the read is audited.")
    @APIResponse(responseCode = "200", description = "The person")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PersonResponses.PersonView get(@Parameter(description = "The person's id (a UUID; malformed: 404)")
                                          @PathParam("personId") UUID personId) {
        return ResponseMapper.toResponse(persons.get(caller.get(), personId));
    }

    @GET
    @Path("/duplicates")
    @RolesAllowed({"registry-admin", "admin"})
    @Tag(name = DUPLICATES, description = DUPLICATES_DESCRIPTION)
    @Operation(operationId = "listDuplicates", summary = "List the possible duplicates in one review status",
            description = "Review cases in id order: by default the OPEN ones, optionally only those involving one "
                    + "person. Needs the registry-admin role. Pages: follow nextCursor until it is null.")
    @APIResponse(responseCode = "200", description = "One page of review cases")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RecordResponses.Page<PersonResponses.DuplicateView> duplicates(
            @Parameter(description = "Review status of the cases listed; default OPEN",
                    schema = @Schema(implementation = DuplicateCandidate.Status.class)) @QueryParam("status") String status,
            @Parameter(description = "Only cases involving this person",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("personId") String personId,
            @Parameter(description = "nextCursor of the previous page; absent for the first page")
            @QueryParam("cursor") String cursor,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam("limit") String limitValue) {
        int limit = QueryValues.limit(limitValue);
        List<DuplicateCandidate> fetched = duplicates.list(caller.get(),
                QueryValues.code("status", status, DuplicateCandidate.Status.class, DuplicateCandidate.Status.OPEN),
                QueryValues.uuid("personId", personId), Cursors.reviewCase(cursor), limit + 1);
        return RecordResponses.Page.of(fetched, limit, ResponseMapper::toResponse, last -> Cursors.ofCase(last.id));
    }

    /** {@code {"action": "MERGE" | "DISTINCT"}}. */
    @POST
    @Path("/duplicates/{id}/resolve")
    @RolesAllowed({"registry-admin", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DUPLICATES, description = DUPLICATES_DESCRIPTION)
    @Operation(operationId = "resolveDuplicate", summary = "Decide a duplicate review: merge the two persons or keep them apart",
            description = "MERGE moves every record of the case's other person to its first person, carries the "
                    + "other person's open cases over, and republishes both persons; DISTINCT closes the case. Only "
                    + "an OPEN case can be resolved (else 409), and two persons with different national IDs cannot be "
                    + "merged (409). Needs the registry-admin role; the decision is audited.")
    @RequestBody(required = true, description = "The decision")
    @APIResponse(responseCode = "200", description = "The case, resolved")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PersonResponses.DuplicateView resolve(@Parameter(description = "The case's id (an integer; else 404)")
                                                 @PathParam("id") long id,
                                                 @Valid @NotNull PersonResponses.ResolveRequest request) {
        DuplicateService.Action action;
        try {
            action = DuplicateService.Action.valueOf(request.action());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("action must be MERGE or DISTINCT.");
        }
        return ResponseMapper.toResponse(duplicates.resolve(caller.get(), id, action));
    }

    @GET
    @Path("/stats/checksum")
    @RolesAllowed({"reconciliation", "analyst", "registry-admin", "plan-admin", "admin"})
    @Tag(name = "Reconciliation", description = "Counts and checksums that show whether reporting-service has counted "
            + "every change of the registry exactly once — Đối soát số liệu")
    @Operation(operationId = "getPersonChecksum", summary = "Count and checksum the persons with an active record",
            description = "The number of persons with at least one active record and an order-independent checksum "
                    + "of their (id, version) pairs; reporting-service computes the same over what it has counted "
                    + "(GET /api/v1/reports/reconciliation). Needs the reconciliation (reporting-service's own key), analyst, "
                    + "registry-admin or plan-admin role.")
    @APIResponse(responseCode = "200", description = "The count and the checksum")
    public PersonResponses.ChecksumView checksum() {
        PersonService.Checksum checksum = persons.checksum();
        return PersonResponses.ChecksumView.of(checksum.persons(), checksum.checksum());
    }
}
