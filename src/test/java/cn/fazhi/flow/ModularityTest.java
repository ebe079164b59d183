package cn.fazhi.flow;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The features are Spring Modulith application modules (one per top-level package): no cycles between them, and no
 * feature reaches into another's internals (only its top-level package, or a sub-package it names as an interface).
 */
class ModularityTest {

    /** Test classes, whatever the build folder is called (ArchUnit's own option knows only {@code target/}). */
    private static final DescribedPredicate<JavaClass> TESTS =
            DescribedPredicate.describe("test classes", c -> c.getSource()
                    .map(source -> source.getUri().toString().contains("/test-classes/"))
                    .orElse(false));

    private static final ApplicationModules MODULES = ApplicationModules.of(FazhiFlowApplication.class, TESTS);

    @Test
    void featuresDependOnEachOtherOnlyThroughTheirApis() {
        MODULES.verify();
    }
}
