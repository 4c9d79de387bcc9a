package vn.gialai.iwd.plan.service;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    @Test
    void aSubmitterActsOnlyForItsOwnUnits() {
        Caller submitter = new Caller("hr", Set.of(Roles.SUBMITTER), Set.of("SO-YTE"));
        assertTrue(submitter.mayActFor("SO-YTE"));
        assertFalse(submitter.mayActFor("SO-GDDT"));
        assertFalse(submitter.actsForEveryAgency());
    }

    @Test
    void planAdminAndAdminActForEveryAgencyAndOtherRolesForNone() {
        assertTrue(new Caller("p", Set.of(Roles.PLAN_ADMIN), Set.of()).mayActFor("SO-GDDT"));
        assertTrue(new Caller("a", Set.of(Roles.ADMIN), Set.of()).mayActFor("SO-GDDT"));
        assertFalse(new Caller("portal", Set.of("portal"), Set.of("SO-YTE")).mayActFor("SO-YTE"),
                "units count only for a submitter");
    }
}
