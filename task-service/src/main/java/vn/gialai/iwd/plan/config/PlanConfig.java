package vn.gialai.iwd.plan.config;

import io.smallrye.config.ConfigMapping;

import java.time.MonthDay;
import java.time.ZoneId;

@ConfigMapping(prefix = "iwd.plan")
public interface PlanConfig {

    /** Time zone that decides which day "today" is (Asia/Ho_Chi_Minh). */
    ZoneId zone();

    /** Days from a recorded trigger to the due date, for AFTER_TRIGGER tasks that set none. */
    int daysAfterTrigger();

    /** Day of the following year on which the report for a year is due (--01-31: 31 January). */
    MonthDay annualReportDue();

    /** When the daily sweep republishes tasks whose derived state changed ("off" disables it); read by @Scheduled. */
    String statusSweepCron();
}
