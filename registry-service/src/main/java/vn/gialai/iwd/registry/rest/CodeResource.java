package vn.gialai.iwd.registry.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gialai.iwd.registry.domain.CodeEntry;
import vn.gialai.iwd.registry.repository.CodeEntryRepository;
import vn.gialai.iwd.registry.service.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/registry/codes")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Code lists", description = "The codes records use (qualifications, sectors, ethnicities, …) with "
        + "Vietnamese and English labels — Danh mục mã")
public class CodeResource {

    private static final String LISTS = "qualifications, academicTitles, sectors, employment, ethnicities, "
            + "fieldsOfStudy, contributionTypes, contributionLevels, genders, removalReasons, unitKinds, "
            + "stateApparatus, ethnicGroups, ageBands";

    private final CodeEntryRepository codes;

    CodeResource(CodeEntryRepository codes) {
        this.codes = codes;
    }

    /** Every code list, keyed by list name. */
    @GET
    @Operation(operationId = "listCodeLists", summary = "Read every code list at once",
            description = "An object with one member per list (" + LISTS + "), each the list's entries in display "
                    + "order. Codes are stable API values: a label may change, a code is never renamed or reused.")
    @APIResponse(responseCode = "200", description = "The code lists, keyed by list name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "Code lists keyed by list name", additionalProperties = CodeResponse[].class)))
    public Map<String, List<CodeResponse>> all() {
        Map<String, List<CodeResponse>> lists = new LinkedHashMap<>();
        for (CodeEntry entry : codes.listOrdered()) {
            lists.computeIfAbsent(entry.key.listName(), name -> new java.util.ArrayList<>())
                    .add(ResponseMapper.toResponse(entry));
        }
        return lists;
    }

    @GET
    @Path("/{list}")
    @Operation(operationId = "getCodeList", summary = "Read the entries of one code list",
            description = "The list's entries in display order, each with its Vietnamese and English label.")
    @APIResponse(responseCode = "200", description = "The list's entries")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<CodeResponse> list(@Parameter(description = "Name of the list: " + LISTS, examples =
            @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "sectors", value = "sectors"))
                                   @PathParam("list") String list) {
        List<CodeResponse> entries = codes.listOf(list).stream().map(ResponseMapper::toResponse).toList();
        if (entries.isEmpty()) {
            throw ProblemException.notFound("No code list named " + list + ".");
        }
        return entries;
    }
}
