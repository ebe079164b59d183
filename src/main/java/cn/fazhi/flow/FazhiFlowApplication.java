package cn.fazhi.flow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import sun.misc.Signal;

@SpringBootApplication
public class FazhiFlowApplication {

    public static void main(String[] args) {
        stopCleanlyOnTerm();
        SpringApplication.run(FazhiFlowApplication.class, args);
    }

    /**
     * Makes SIGTERM an orderly stop with exit code 0 instead of 143: the shutdown hooks close the application as
     * before. A service manager stops the application so, and so does {@code ./mvnw spring-boot:run} when Ctrl-C
     * reaches only Maven (an IDE's stop button, a terminal that signals Maven alone): Maven then terminates the
     * application and, on 143, reported BUILD FAILURE for a normal stop.
     */
    static void stopCleanlyOnTerm() {
        Signal.handle(new Signal("TERM"), signal -> System.exit(0));
    }
}
