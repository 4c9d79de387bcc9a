package vn.gialai.iwd.plan.service;

import vn.gialai.iwd.plan.domain.TaskStatus;

import java.util.List;

/** Everything about a task that is derived from its schedule, reports and agencies on one day. */
public record TaskProgress(TaskStatus status, List<String> leadAgencies, List<String> coordinatingAgencies,
                           List<AgencyProgress> agencies, List<Obligation> obligations) {
}
