package cn.fazhi.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The security log is append-only in code: its repositories add entries, read them and purge the old ones, and offer
 * no other way to change or delete one; the entities are immutable to Hibernate.
 */
class SecurityLogAppendOnlyTest {

    @Test
    void theRepositoriesOfferNoUpdateOrDeleteBeyondThePurge() {
        assertThat(SecurityLogRepository.class.getInterfaces()).containsExactly(Repository.class);
        assertThat(LogEntryRepository.class.getInterfaces()).containsExactly(Repository.class);
        assertThat(methods(SecurityLogRepository.class)).containsExactlyInAnyOrder("save", "purgeBefore");
        assertThat(methods(LogEntryRepository.class)).containsExactly("find");
    }

    @Test
    void theEntriesAreImmutable() {
        assertThat(SecurityLogRecord.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(LogEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(SecurityLogRecord.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
    }

    private static List<String> methods(Class<?> repository) {
        return Arrays.stream(repository.getMethods()).map(Method::getName).toList();
    }
}
