package vn.gialai.iwd.plan.service;

import vn.gialai.iwd.plan.config.PlanConfig;
import vn.gialai.iwd.plan.domain.Agency;
import vn.gialai.iwd.plan.domain.AgencyGroup;
import vn.gialai.iwd.plan.domain.AgencyRole;
import vn.gialai.iwd.plan.domain.PlanTask;
import vn.gialai.iwd.plan.domain.ProgressReport;
import vn.gialai.iwd.plan.domain.ReportStatus;
import vn.gialai.iwd.plan.domain.ScheduleKind;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** Plain objects for the unit tests of the pure rules: no database, no Quarkus. */
final class PlanFixtures {

    static final PlanConfig CONFIG = new PlanConfig() {
        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public int daysAfterTrigger() {
            return 90;
        }

        @Override
        public MonthDay annualReportDue() {
            return MonthDay.of(1, 31);
        }

        @Override
        public String statusSweepCron() {
            return "off";
        }
    };

    private PlanFixtures() {
    }

    static Agency agency(String code, String kind, LocalDate validFrom, LocalDate validTo, String... successors) {
        Agency agency = new Agency();
        agency.code = code;
        agency.nameVi = "Đơn vị " + code;
        agency.kind = kind;
        agency.validFrom = validFrom;
        agency.validTo = validTo;
        agency.successorCodes = List.of(successors);
        return agency;
    }

    static AgencyGroup group(String code, List<String> kinds, List<String> codes) {
        AgencyGroup group = new AgencyGroup();
        group.code = code;
        group.nameVi = "Nhóm " + code;
        group.memberKinds = kinds;
        group.memberCodes = codes;
        return group;
    }

    static PlanTask task(ScheduleKind kind, List<String> leadUnits, List<String> coordinatingUnits) {
        PlanTask task = new PlanTask();
        task.id = 1L;
        task.code = "I.1";
        task.planCode = "KH-TEST";
        task.groupCode = "I";
        task.title = "Nhiệm vụ thử";
        task.scheduleKind = kind;
        task.leadUnits = leadUnits;
        task.coordinatingUnits = coordinatingUnits;
        task.version = 1;
        return task;
    }

    /** A report submitted at {@code submittedAt} (an instant; its day is read in the plan's zone). */
    static ProgressReport report(String agency, String period, ReportStatus status, OffsetDateTime submittedAt) {
        ProgressReport report = new ProgressReport();
        report.taskId = 1L;
        report.agencyCode = agency;
        report.agencyRole = AgencyRole.LEAD;
        report.period = period;
        report.status = status;
        report.summary = "Đã làm";
        report.submittedAt = submittedAt;
        report.submittedBy = "client";
        return report;
    }
}
