package cn.fazhi.flow.check;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** The pre-check's rules without Spring, for the rule tests and the benchmark (src/bench). */
final class RuleFactory {

    private RuleFactory() {}

    /** Every rule bean of this package, made through its no-argument constructor, by id. */
    static List<CheckRule> rules() {
        var scanner = new ClassPathScanningCandidateComponentProvider(true);
        scanner.addIncludeFilter(new AssignableTypeFilter(CheckRule.class));
        List<CheckRule> rules = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("cn.fazhi.flow.check")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                if (!CheckRule.class.isAssignableFrom(type)) {
                    continue;
                }
                Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                rules.add((CheckRule) constructor.newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot make rule " + candidate.getBeanClassName(), e);
            }
        }
        rules.sort(Comparator.comparing(CheckRule::id));
        return rules;
    }
}
