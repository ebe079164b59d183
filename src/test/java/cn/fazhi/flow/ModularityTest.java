package cn.fazhi.flow;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

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
