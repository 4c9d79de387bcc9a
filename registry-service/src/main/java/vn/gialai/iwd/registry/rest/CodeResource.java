package vn.gialai.iwd.registry.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.gialai.iwd.registry.domain.CodeEntry;
import vn.gialai.iwd.registry.repository.CodeEntryRepository;
import vn.gialai.iwd.registry.service.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/registry/codes")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CodeResource {

    private final CodeEntryRepository codes;

    CodeResource(CodeEntryRepository codes) {
        this.codes = codes;
    }

    /** Every code list, keyed by list name. */
    @GET
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
    public List<CodeResponse> list(@PathParam("list") String list) {
        List<CodeResponse> entries = codes.listOf(list).stream().map(ResponseMapper::toResponse).toList();
        if (entries.isEmpty()) {
            throw ProblemException.notFound("No code list named " + list + ".");
        }
        return entries;
    }
}
