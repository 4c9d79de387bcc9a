package vn.gialai.iwd.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The packages keep their roles: HTTP stays in rest, SQL in repository, and domain depends on neither. */
class LayersTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.gialai.iwd.gateway");

    @Test
    void domainKnowsNoRepositoryNoSqlAndNoHttp() {
        noClasses().that().resideInAPackage("..gateway.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..gateway.repository..", "..gateway.rest..",
                        "..gateway.service..", "java.sql..", "jakarta.ws.rs..", "io.vertx..")
                .check(GATEWAY);
    }

    @Test
    void businessRulesSpeakNoHttp() {
        noClasses().that().resideInAnyPackage("..gateway.service..", "..gateway.repository..", "..gateway.events..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..gateway.rest..")
                .check(GATEWAY);
    }
}
