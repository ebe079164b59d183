package cn.fazhi.flow;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An integration test against the whole application on a random port, with the demo data, on the database
 * {@link ItDatabase} chooses (H2 in memory, or MySQL/MariaDB in CI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public abstract class AbstractIT {

    @DynamicPropertySource
    static void itDatabase(DynamicPropertyRegistry registry) {
        ItDatabase.configure(registry);
    }

    @LocalServerPort
    protected int port;
}
