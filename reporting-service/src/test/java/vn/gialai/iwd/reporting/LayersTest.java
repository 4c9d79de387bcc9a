package vn.gialai.iwd.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The packages keep their roles: HTTP stays in rest and client, SQL in repository, and domain depends on neither. */
class LayersTest {

    private static final JavaClasses REPORTING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.gialai.iwd.reporting");

    @Test
    void domainKnowsNoRepositoryNoSqlAndNoHttp() {
        noClasses().that().resideInAPackage("..reporting.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..reporting.repository..", "..reporting.rest..",
                        "..reporting.service..", "java.sql..", "jakarta.ws.rs..")
                .check(REPORTING);
    }

    @Test
    void businessRulesSpeakNoHttp() {
        noClasses().that().resideInAnyPackage("..reporting.service..", "..reporting.repository..",
                        "..reporting.events..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..reporting.rest..")
                .check(REPORTING);
    }
}
