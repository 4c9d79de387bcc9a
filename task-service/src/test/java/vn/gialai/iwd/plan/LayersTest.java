package vn.gialai.iwd.plan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The packages keep their roles: HTTP stays in rest, SQL in repository, and domain depends on neither. */
class LayersTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.gialai.iwd.plan");

    @Test
    void domainKnowsNoRepositoryNoSqlAndNoHttp() {
        noClasses().that().resideInAPackage("..plan.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..plan.repository..", "..plan.rest..",
                        "..plan.service..", "java.sql..", "jakarta.ws.rs..")
                .check(SERVICE);
    }

    @Test
    void businessRulesSpeakNoHttp() {
        noClasses().that().resideInAnyPackage("..plan.service..", "..plan.repository..", "..plan.events..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..plan.rest..")
                .check(SERVICE);
    }
}
