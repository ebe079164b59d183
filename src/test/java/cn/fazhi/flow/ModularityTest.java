package cn.fazhi.flow;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features are Spring Modulith application modules (one per top-level package): no cycles between them, and no
 * feature reaches into another's internals (only its top-level package, or a sub-package it names as an interface).
 * Only {@code workflow} talks to the process engine, and only its status writer moves a report's status.
 */
class ModularityTest {

    /** Test classes, whatever the build folder is called (ArchUnit's own option knows only {@code target/}). */
    private static final DescribedPredicate<JavaClass> TESTS =
            DescribedPredicate.describe("test classes", c -> c.getSource()
                    .map(source -> source.getUri().toString().contains("/test-classes/"))
                    .orElse(false));

    private static final Path README = Path.of("README.md");

    private static final ApplicationModules MODULES = ApplicationModules.of(FazhiFlowApplication.class, TESTS);

    private static final JavaClasses MAIN =
            new ClassFileImporter().importPackages("cn.fazhi.flow").that(not(TESTS));

    /**
     * The shell's classes that wire the engine's own surfaces (the Cockpit's groups and its sign-in through our
     * security) to the application; they are engine configuration, not a feature's use of the process.
     */
    private static final String[] ENGINE_CONFIGURATION = {
        "cn.fazhi.flow.shell.CockpitSetup", "cn.fazhi.flow.shell.CockpitAuthenticationProvider"
    };

    @Test
    void featuresDependOnEachOtherOnlyThroughTheirApis() {
        MODULES.verify();
    }

    /**
     * The README's module map is the code's: run with {@code -Dmodules.write=true} to rewrite it after a change of
     * structure. Spring Modulith's own documentation (PlantUML component diagrams and a canvas per feature) is written
     * to {@code target/spring-modulith-docs} on the way.
     */
    @Test
    void theReadmeShowsTheModulesAsTheyAre() throws IOException {
        new Documenter(MODULES).writeDocumentation();
        ModuleMap map = new ModuleMap(MODULES);
        if (Boolean.getBoolean("modules.write")) {
            map.write(README);
        }
        assertThat(ModuleMap.current(Files.readString(README, StandardCharsets.UTF_8)))
                .as("the module map in README.md (rewrite it with -Dmodules.write=true)")
                .contains(map.render());
    }

    @Test
    void onlyTheWorkflowTalksToTheEngine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.fazhi.flow.workflow..")
                .and()
                .doNotHaveFullyQualifiedName(ENGINE_CONFIGURATION[0])
                .and()
                .doNotHaveFullyQualifiedName(ENGINE_CONFIGURATION[1])
                .should()
                .dependOnClassesThat(resideInAPackage("org.camunda.bpm.engine..")
                        .and(not(resideInAPackage("org.camunda.bpm.engine.delegate.."))))
                .because("the engine is reached through WorkflowService; delegates and listeners may implement "
                        + "org.camunda.bpm.engine.delegate interfaces as thin glue")
                .check(MAIN);
    }

    @Test
    void onlyTheWorkflowsStatusWriterMovesAReport() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("cn.fazhi.flow.workflow.ReportStatusListener")
                .should()
                .callMethod(ReportService.class, "moveTo", long.class, ReportStatus.class, String.class)
                .because("the report's status has one writer, which follows the process")
                .check(MAIN);
    }
}
