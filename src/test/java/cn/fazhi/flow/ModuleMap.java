package cn.fazhi.flow;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.core.SpringBean;

/**
 * The README's module map, generated from the code: a component diagram of the features and what each may use (Mermaid,
 * which the Git hosts draw), and a canvas per feature (what it owns, what it declares it may use, its public services,
 * the interfaces it exports and the events it listens to). It lives between two markers in the README; {@link ModularityTest} fails
 * when the README's copy differs from the code's and rewrites it when asked to.
 */
final class ModuleMap {

    static final String BEGIN = "<!-- module map: begin -->";
    static final String END = "<!-- module map: end -->";

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern FIRST_SENTENCE =
            Pattern.compile("/\\*\\*[\\s*]*(.*?)(?:\\.\\s|\\.?\\s*\\*/)", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\{@(?:code|link) ([^}]*)}");

    private final ApplicationModules modules;

    ModuleMap(ApplicationModules modules) {
        this.modules = modules;
    }

    /** The map as it belongs between the markers (markers included). */
    String render() {
        StringBuilder out = new StringBuilder(BEGIN).append('\n');
        out.append("```mermaid\nflowchart TB\n");
        for (ApplicationModule module : ordered()) {
            for (String target : dependencies(module)) {
                out.append("  ")
                        .append(id(module))
                        .append(" --> ")
                        .append(target)
                        .append('\n');
            }
        }
        out.append("```\n\n");
        out.append("| feature | owns | may use | its services | exports | listens to |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (ApplicationModule module : ordered()) {
            out.append("| `")
                    .append(id(module))
                    .append("` | ")
                    .append(description(module))
                    .append(" | ")
                    .append(codes(allowed(module)))
                    .append(" | ")
                    .append(codes(services(module)))
                    .append(" | ")
                    .append(codes(exports(module)))
                    .append(" | ")
                    .append(codes(module.getEventsListenedTo(modules).stream().map(JavaClass::getSimpleName)))
                    .append(" |\n");
        }
        return out.append(END).toString();
    }

    /** The README's current copy of the map, markers included (empty when it has none). */
    static Optional<String> current(String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        return begin < 0 || end < begin ? Optional.empty() : Optional.of(readme.substring(begin, end + END.length()));
    }

    /** Writes the map into the README in place of its current copy. */
    void write(Path readme) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String old = current(text).orElseThrow(() -> new IllegalStateException("The README has no module map markers"));
        Files.writeString(readme, text.replace(old, render()), StandardCharsets.UTF_8);
    }

    /** The features, the ones others build on first. */
    private List<ApplicationModule> ordered() {
        return modules.stream()
                .sorted((a, b) -> a.getAllDependencies(modules).uniqueModules().count()
                                == b.getAllDependencies(modules).uniqueModules().count()
                        ? id(a).compareTo(id(b))
                        : Long.compare(
                                a.getAllDependencies(modules).uniqueModules().count(),
                                b.getAllDependencies(modules).uniqueModules().count()))
                .toList();
    }

    private List<String> dependencies(ApplicationModule module) {
        return module.getDirectDependencies(modules)
                .uniqueModules()
                .map(ModuleMap::id)
                .sorted()
                .toList();
    }

    private static String id(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    /** The first sentence of the feature's package-info. */
    private static String description(ApplicationModule module) {
        Path info = SOURCES.resolve(module.getBasePackage().getName().replace('.', '/'))
                .resolve("package-info.java");
        try {
            Matcher m = FIRST_SENTENCE.matcher(Files.readString(info, StandardCharsets.UTF_8));
            if (!m.find()) {
                return "";
            }
            String sentence = m.group(1).replaceAll("\\s*\\n\\s*\\*\\s*", " ").replace("|", "\\|");
            return CODE.matcher(sentence).replaceAll("`$1`") + ".";
        } catch (IOException e) {
            return "";
        }
    }

    /** The features (and their named interfaces) the feature declares it may use. */
    private static Stream<String> allowed(ApplicationModule module) {
        String info = module.getBasePackage().getName() + ".package-info";
        try {
            org.springframework.modulith.ApplicationModule declared =
                    Class.forName(info).getAnnotation(org.springframework.modulith.ApplicationModule.class);
            return declared == null ? Stream.of("any") : Arrays.stream(declared.allowedDependencies());
        } catch (ClassNotFoundException e) {
            return Stream.of("any");
        }
    }

    /** The feature's public Spring beans in its top-level package: its API. */
    private static Stream<String> services(ApplicationModule module) {
        String base = module.getBasePackage().getName();
        return module.getSpringBeans().stream()
                .map(SpringBean::getType)
                .filter(type -> type.getPackageName().equals(base))
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getSimpleName)
                .sorted();
    }

    /** The feature's named interfaces (sub-packages other features may use) with their public types. */
    private static Stream<String> exports(ApplicationModule module) {
        return module.getNamedInterfaces().stream()
                .filter(NamedInterface::isNamed)
                .map(named -> named.getName() + ": "
                        + named.asJavaClasses()
                                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                                .filter(type -> !type.getSimpleName().equals("package-info"))
                                .filter(type -> !type.isNestedClass())
                                .map(JavaClass::getSimpleName)
                                .sorted()
                                .collect(Collectors.joining(", ")));
    }

    private static String codes(Stream<String> names) {
        return names.map(name -> "`" + name + "`").distinct().collect(Collectors.joining(", "));
    }
}
