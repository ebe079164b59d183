package cn.fazhi.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
 */
class ModularityTest {

    /** Test classes, whatever the build folder is called (ArchUnit's own option knows only {@code target/}). */
    private static final DescribedPredicate<JavaClass> TESTS =
            DescribedPredicate.describe("test classes", c -> c.getSource()
                    .map(source -> source.getUri().toString().contains("/test-classes/"))
                    .orElse(false));

    private static final Path README = Path.of("README.md");

    private static final ApplicationModules MODULES = ApplicationModules.of(FazhiFlowApplication.class, TESTS);

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
}
