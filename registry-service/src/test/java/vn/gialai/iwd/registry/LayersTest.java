package vn.gialai.iwd.registry;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The packages keep their roles: HTTP stays in rest, SQL in repository, and domain depends on neither. */
class LayersTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.gialai.iwd.registry");

    @Test
    void domainKnowsNoRepositoryNoSqlAndNoHttp() {
        noClasses().that().resideInAPackage("..registry.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..registry.repository..", "..registry.rest..",
                        "..registry.service..", "java.sql..", "jakarta.ws.rs..")
                .check(SERVICE);
    }

    @Test
    void businessRulesSpeakNoHttp() {
        noClasses().that().resideInAnyPackage("..registry.service..", "..registry.repository..", "..registry.events..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..registry.rest..")
                .check(SERVICE);
    }
}
