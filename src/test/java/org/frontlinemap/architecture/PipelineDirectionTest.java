package org.frontlinemap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One pipeline, one direction: Article → Paragraphs → Mentions → Claims → Zones → Map. The core packages know
 * nothing of Vaadin or Spring MVC, and no stage reaches forward into a later one.
 */
class PipelineDirectionTest {

    static final String[] CORE = {"..text..", "..gazetteer..", "..geoparse..", "..claims..", "..zones..",
            "..ingest..", "..store..", "..export.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.frontlinemap");
    }

    @Test
    void corePackagesDoNotUseVaadinOrSpringMvc() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework.web..",
                        "org.frontlinemap.ui..", "org.frontlinemap.web..", "org.frontlinemap.map..",
                        "org.frontlinemap.cli..")
                .check(classes);
    }

    @Test
    void stagesDoNotReachForward() {
        noClasses().that().resideInAnyPackage("..text..", "..gazetteer..")
                .should().dependOnClassesThat().resideInAnyPackage("..geoparse..", "..claims..", "..zones..",
                        "..ingest..")
                .check(classes);
        noClasses().that().resideInAPackage("..geoparse..")
                .should().dependOnClassesThat().resideInAnyPackage("..claims..", "..zones..", "..ingest..")
                .check(classes);
        noClasses().that().resideInAPackage("..claims..")
                .should().dependOnClassesThat().resideInAnyPackage("..zones..", "..ingest..")
                .check(classes);
    }

    @Test
    void theMapComponentIsGeneral() {
        noClasses().that().resideInAPackage("..map..")
                .should().dependOnClassesThat().resideInAnyPackage("..gazetteer..", "..geoparse..", "..claims..",
                        "..zones..", "..ingest..", "..store..", "..ui..")
                .check(classes);
    }
}
