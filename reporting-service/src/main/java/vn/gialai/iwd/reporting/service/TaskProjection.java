package vn.gialai.iwd.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.reporting.events.TaskChanged;
import vn.gialai.iwd.reporting.repository.Jdbc;

import java.util.Arrays;
import java.util.List;

/** Keeps plan_task at the newest version of each task; older or repeated versions change nothing. */
@ApplicationScoped
public class TaskProjection {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    TaskProjection(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(TaskChanged task) {
        Jdbc.SqlArray leads = new Jdbc.SqlArray("varchar",
                task.leadAgencies() == null ? new Object[0] : task.leadAgencies().toArray());
        String obligations;
        try {
            obligations = json.writeValueAsString(task.obligations() == null ? List.of() : task.obligations());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbc.update("""
                insert into plan_task (code, task_group, title, status, lead_agencies, obligations, version)
                values (?, ?, ?, ?, ?, ?::jsonb, ?)
                on conflict (code) do update set task_group = excluded.task_group, title = excluded.title,
                  status = excluded.status, lead_agencies = excluded.lead_agencies,
                  obligations = excluded.obligations, version = excluded.version
                where plan_task.version < excluded.version""",
                Arrays.asList(task.code(), task.group(), task.title(), task.status(), leads, obligations, task.version()));
    }

    public static boolean readable(TaskChanged task) {
        return task.code() != null && task.version() > 0;
    }
}
