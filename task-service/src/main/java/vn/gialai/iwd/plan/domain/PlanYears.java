package vn.gialai.iwd.plan.domain;

/**
 * The years task-service accepts anywhere (a task's start year, a report's period, a day asked
 * about): no plan it follows predates 2000, and yearly tasks owe one report per year up to the day
 * asked about, so the bound also bounds the work one request can cause.
 */
public final class PlanYears {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    private PlanYears() {
    }
}
