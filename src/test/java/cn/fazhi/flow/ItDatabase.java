package cn.fazhi.flow;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database of the integration tests: H2 in memory by default, or the MySQL/MariaDB server named by
 * {@code FAZHI_IT_DB_URL} when the build runs with {@code -Dit.db=mysql} (as .ci/run does). A MySQL run that cannot
 * reach its server fails; it never falls back to H2.
 */
public final class ItDatabase {

    private ItDatabase() {}

    public static boolean mysql() {
        return "mysql".equals(System.getProperty("it.db", "h2"));
    }

    public static void configure(DynamicPropertyRegistry registry) {
        // The demo campaign adds a report per township; tests that need a campaign open their own.
        registry.add("fazhi.demo.campaign.enabled", () -> "false");
        if (mysql()) {
            mysql(registry, mysqlUrl());
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:fazhi-it;DB_CLOSE_DELAY=-1");
        }
    }

    private static void mysql(DynamicPropertyRegistry registry, String url) {
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> env("FAZHI_IT_DB_USER", "root"));
        registry.add("spring.datasource.password", () -> env("FAZHI_IT_DB_PASSWORD", ""));
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
        registry.add("spring.datasource.hikari.transaction-isolation", () -> "TRANSACTION_READ_COMMITTED");
        if ("MariaDB".equalsIgnoreCase(env("FAZHI_IT_DB_PRODUCT", ""))) {
            // As the mariadb profile does: Connector/J reports MariaDB as "MySQL 5.5.5".
            registry.add("spring.jpa.properties.jakarta.persistence.database-product-name", () -> "MariaDB");
            registry.add("spring.jpa.properties.jakarta.persistence.database-major-version", () -> "10");
            registry.add("spring.jpa.properties.jakarta.persistence.database-minor-version", () -> "11");
        }
    }

    /**
     * A database of its own for a test that must start empty: a new H2 in-memory database, or, on MySQL/MariaDB, the
     * named database dropped and created again (utf8mb4, binary collation, as the README asks) on the IT's server.
     */
    public static void configureEmpty(DynamicPropertyRegistry registry, String name) {
        if (!mysql()) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            return;
        }
        String url = mysqlUrl();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(jdbc:mysql://[^/]+/)[^?]*(\\?.*)?$")
                .matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("FAZHI_IT_DB_URL is not a jdbc:mysql://host/database URL: " + url);
        }
        String params = m.group(2) == null ? "" : m.group(2);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                        m.group(1) + params, env("FAZHI_IT_DB_USER", "root"), env("FAZHI_IT_DB_PASSWORD", ""));
                java.sql.Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create the empty test database " + name + " at " + url, e);
        }
        mysql(registry, m.group(1) + name + params);
    }

    private static String mysqlUrl() {
        return env(
                "FAZHI_IT_DB_URL",
                "jdbc:mysql://127.0.0.1:3306/fazhi_it?characterEncoding=UTF-8&sendFractionalSeconds=false"
                        + "&nullCatalogMeansCurrent=true&rewriteBatchedStatements=true&useSSL=false"
                        + "&allowPublicKeyRetrieval=true");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
