package cn.fazhi.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A SIGTERM stops the application with exit code 0, after its shutdown hooks ran. */
class StopSignalTest {

    /** Started in a JVM of its own: installs the handler, says so, and waits to be stopped. */
    public static void main(String[] args) throws InterruptedException {
        FazhiFlowApplication.stopCleanlyOnTerm();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook ran")));
        System.out.println("ready");
        Thread.sleep(60_000);
    }

    @Test
    void sigtermIsAnOrderlyStopWithExitCodeZero() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StopSignalTest.class.getName())
                .redirectErrorStream(true)
                .start();
        var out = child.inputReader();
        assertThat(out.readLine()).isEqualTo("ready");

        child.toHandle().destroy(); // SIGTERM, leaving the output open

        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out.readLine()).isEqualTo("hook ran");
        assertThat(child.exitValue()).isZero();
    }
}
