package cn.fazhi.flow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which Vaadin round trips are a person's activity, for the idle timeout. */
class SessionGuardTest {

    private static boolean pollOnly(String json) {
        return SessionGuard.pollOnly(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRoundTripWithNothingButPollsIsNoActivity() {
        assertThat(pollOnly("{\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\",\"data\":{}}]}"))
                .isTrue();
        assertThat(pollOnly("{\"rpc\":[{\"type\":\"event\",\"event\":\"ui-poll\"},"
                        + "{\"type\":\"event\",\"node\":7,\"event\":\"click\"}]}"))
                .as("a poll with a click")
                .isFalse();
        assertThat(pollOnly("{\"rpc\":[{\"type\":\"mSync\",\"node\":7,\"feature\":1,\"property\":\"value\"}]}"))
                .as("typing")
                .isFalse();
        assertThat(pollOnly("{\"rpc\":[]}")).isFalse();
        assertThat(pollOnly("not json")).isFalse();
    }
}
