package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.reporting.events.ReportSubmitted;
import vn.gialai.iwd.reporting.events.TaskChanged;
import vn.gialai.iwd.reporting.repository.Jdbc;

import java.util.Arrays;

/** Keeps plan_task at the newest version of each task and plan_report at one row per (task, agency, period). */
@ApplicationScoped
public class TaskProjection {

    private final Jdbc jdbc;

    TaskProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(TaskChanged task) {
        String[] leads = task.leadAgencies() == null ? new String[0] : task.leadAgencies().toArray(String[]::new);
        jdbc.update("""
                insert into plan_task (code, task_group, title, status, lead_agencies, version) values (?, ?, ?, ?, ?, ?)
                on conflict (code) do update set task_group = excluded.task_group, title = excluded.title,
                  status = excluded.status, lead_agencies = excluded.lead_agencies, version = excluded.version
                where plan_task.version < excluded.version""",
                Arrays.asList(task.code(), task.group(), task.title(), task.status(), leads, task.version()));
    }

    /** A report carries no version: a repeated delivery finds its row and changes nothing but a corrected status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ReportSubmitted report) {
        jdbc.update("""
                insert into plan_report (task_code, agency, period, status) values (?, ?, ?, ?)
                on conflict (task_code, agency, period) do update set status = excluded.status""",
                Arrays.asList(report.taskCode(), report.agency(), report.period(), report.status()));
    }

    public static boolean readable(TaskChanged task) {
        return task.code() != null && task.version() > 0;
    }

    public static boolean readable(ReportSubmitted report) {
        return report.taskCode() != null && report.agency() != null && report.period() != null;
    }
}
