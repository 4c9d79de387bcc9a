package vn.gialai.iwd.registry.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
    public RecordResponses.Page<PersonResponses.PersonView> search(
            @QueryParam("q") String q, @QueryParam("unit") String unit,
            @QueryParam("qualification") String qualification, @QueryParam("sector") String sector,
            @QueryParam("employment") String employment, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        List<PersonService.PersonWithRecords> page = persons.search(caller.get(),
                new PersonService.Search(q, unit, qualification, sector, employment), parseCursor(cursor), limit);
        String next = page.size() < limit ? null : page.get(page.size() - 1).person().id.toString();
        return new RecordResponses.Page<>(page.stream().map(ResponseMapper::toResponse).toList(), next);
    }

    @GET
    @Path("/persons/{personId}")
    public PersonResponses.PersonView get(@PathParam("personId") UUID personId) {
        return ResponseMapper.toResponse(persons.get(caller.get(), personId));
    }

    @GET
    @Path("/duplicates")
    public RecordResponses.Page<PersonResponses.DuplicateView> duplicates(
            @QueryParam("status") @DefaultValue("OPEN") DuplicateCandidate.Status status,
            @QueryParam("personId") UUID personId,
            @QueryParam("cursor") @DefaultValue("0") long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        List<DuplicateCandidate> page = duplicates.list(caller.get(), status, personId, after, limit);
        String next = page.size() < limit ? null : Long.toString(page.get(page.size() - 1).id);
        return new RecordResponses.Page<>(page.stream().map(ResponseMapper::toResponse).toList(), next);
    }

    /** {@code {"action": "MERGE" | "DISTINCT"}}. */
    @POST
    @Path("/duplicates/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonResponses.DuplicateView resolve(@PathParam("id") long id,
                                                 @Valid @NotNull PersonResponses.ResolveRequest request) {
        DuplicateService.Action action;
        try {
            action = DuplicateService.Action.valueOf(request.action());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "action must be MERGE or DISTINCT.");
        }
        return ResponseMapper.toResponse(duplicates.resolve(caller.get(), id, action));
    }

    @GET
    @Path("/stats/checksum")
    public PersonResponses.ChecksumView checksum() {
        PersonService.Checksum checksum = persons.checksum(caller.get());
        return PersonResponses.ChecksumView.of(checksum.persons(), checksum.checksum());
    }

    private static UUID parseCursor(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "The cursor is not valid; start again without it.");
        }
    }
}
