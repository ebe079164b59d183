package cn.fazhi.flow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.flow.base.FlowException;
import org.junit.jupiter.api.Test;

/** The rules a password its user chooses must meet, one by one. */
class PasswordPolicyTest {

    private static void refused(String login, String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(login, password))
                .isInstanceOf(FlowException.class)
                .extracting(e -> ((FlowException) e).messageKey())
                .isEqualTo(key);
    }

    private static void accepted(String login, String password) {
        assertThatCode(() -> PasswordPolicy.check(login, password)).doesNotThrowAnyException();
    }

    @Test
    void atLeastEightCharacters() {
        refused("drafter1", "Ab1!xyz", "error.password.tooShort");
        accepted("drafter1", "Ab1!xyzw");
        refused("drafter1", "", "error.password.tooShort");
        accepted("drafter1", "法治政府Ab12");
    }

    @Test
    void atLeastThreeOfTheFourKinds() {
        refused("drafter1", "abcdefgh", "error.password.kinds");
        refused("drafter1", "abcdefg1", "error.password.kinds");
        refused("drafter1", "ABCDEFG!", "error.password.kinds");
        accepted("drafter1", "abcdefG1");
        accepted("drafter1", "abcdef1!");
        accepted("drafter1", "ABCDEF1!");
        accepted("drafter1", "abcdeF!?");
        accepted("drafter1", "法治政府建设ab1");
    }

    @Test
    void notContainingTheLoginInAnyCase() {
        refused("drafter1", "My-Drafter1-pw", "error.password.containsLogin");
        refused("lead5", "xLEAD5yz!", "error.password.containsLogin");
        accepted("lead5", "xLEAD6yz!");
        accepted("li", "Li#2024abc");
    }

    @Test
    void atMostTheSeventyTwoBytesBcryptReads() {
        accepted("drafter1", "Aa1!" + "x".repeat(68));
        refused("drafter1", "Aa1!" + "x".repeat(69), "error.password.tooLong");
        refused("drafter1", "Aa1!" + "法".repeat(23), "error.password.tooLong");
    }

    @Test
    void countsTheKinds() {
        assertThat(PasswordPolicy.kinds("aA1!")).isEqualTo(4);
        assertThat(PasswordPolicy.kinds("aaaa")).isEqualTo(1);
        assertThat(PasswordPolicy.kinds("法治")).isEqualTo(1);
    }
}
