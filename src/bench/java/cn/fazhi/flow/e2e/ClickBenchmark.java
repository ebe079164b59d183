package cn.fazhi.flow.e2e;

import cn.fazhi.flow.FazhiFlowApplication;
import cn.fazhi.flow.org.OrgService;
import cn.fazhi.flow.org.UserAccount;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ReportService;
import cn.fazhi.flow.report.ReportStatus;
import cn.fazhi.flow.report.ReportSummary;
import cn.fazhi.flow.review.Decision;
import cn.fazhi.flow.review.ReviewService;
import cn.fazhi.flow.review.SubmitResult;
import cn.fazhi.flow.review.TaskItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Vaadin round trip of the clicks of a review day, measured in headless Chromium: opening the task list, a report
 * page, the review page and the tracking board (each an in-app navigation, as a click on a link or the menu makes
 * it), and claim, comment, approve and return on the review page. Each is timed in the page, from the click until
 * Vaadin has no request in flight and the next frame is drawn; p50 and p95 over the repetitions.
 *
 * <p>The baseline, measured in the same run, is the cheapest round trip the application makes: an in-app navigation
 * to a page that does not exist (routing and an error page inside the kept main layout, no database). Quote the
 * clicks as ratios to it, since absolute times depend on the machine and its load.
 *
 * <p>The application runs in this JVM with the demo data: on H2 in memory, or with {@code -Dclicks.db=mariadb} on the
 * database {@code fazhi_bench} of the MariaDB/MySQL server at 127.0.0.1:3306 (root, empty password; the database is
 * dropped and created again). Every repetition reviews a report of its own, opened for an earlier year of 洪山镇 or 榆垡镇 and
 * submitted by its drafter through the services, so that no report grows over the run; half are approved (and then
 * returned by the county with a new legal review), half returned.
 *
 * <pre>./mvnw -Pproduction,clicks verify [-Dclicks.db=mariadb] [-Dclicks.reps=20]</pre>
 */
public final class ClickBenchmark {

    private static final String PASSWORD = "demo123";
    private static final String DRAFTER = "drafter4";
    /** Whose township the rounds' reports are of: twenty rounds each, for the years 2000 to 2019 (so 20 repetitions at most). */
    private static final List<String> DRAFTERS = List.of("drafter4", "drafter2");

    /** Times an action in the page: from the action until no Vaadin request is in flight, then the next frame. */
    private static final String TIMED = "const done = arguments[arguments.length - 1];"
            + "const active = () => Object.values(window.Vaadin.Flow.clients).some(c => c.isActive());"
            + "const t0 = performance.now();"
            + "%s;"
            + "let seen = false;"
            + "(function poll() {"
            + "  const busy = active(); if (busy) { seen = true; }"
            + "  if (seen && !busy) { requestAnimationFrame(() => done(performance.now() - t0)); return; }"
            + "  if (performance.now() - t0 > 25000) { done(-1); return; }"
            + "  setTimeout(poll, 0);"
            + "})();";

    private static final String NAVIGATE = "const a = document.createElement('a'); a.href = arguments[0];"
            + " document.body.appendChild(a); a.click(); a.remove()";

    private static final String CLICK = "document.getElementById(arguments[0]).click()";

    private final Map<String, List<Double>> samples = new LinkedHashMap<>();
    private final ConfigurableApplicationContext app;
    private final OrgService org;
    private final ReviewService review;
    private final ReportService reports;

    private ClickBenchmark(ConfigurableApplicationContext app) {
        this.app = app;
        this.org = app.getBean(OrgService.class);
        this.review = app.getBean(ReviewService.class);
        this.reports = app.getBean(ReportService.class);
        for (String click : List.of(
                "baseline", "tasks", "report", "review", "board", "claim", "comment", "approve", "return")) {
            samples.put(click, new ArrayList<>());
        }
    }

    public static void main(String[] args) throws Exception {
        int reps = Integer.getInteger("clicks.reps", 20);
        if (reps < 1 || reps > 20) {
            throw new IllegalArgumentException("clicks.reps is 1 to 20, not " + reps);
        }
        String db = System.getProperty("clicks.db", "h2");
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(FazhiFlowApplication.class).run(appArgs(db))) {
            ClickBenchmark bench = new ClickBenchmark(app);
            bench.run(reps);
            String table = bench.table(db, reps);
            System.out.println(table);
            Path out = Path.of(System.getProperty("clicks.out", "target/clicks-" + db + ".txt"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, table);
        }
        System.exit(0); // the engine's and the browsers' threads
    }

    private static String[] appArgs(String db) throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=WARN"));
        if (db.equals("mariadb")) {
            String server = "jdbc:mysql://127.0.0.1:3306/";
            String params = "?characterEncoding=UTF-8&sendFractionalSeconds=false&nullCatalogMeansCurrent=true"
                    + "&rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true";
            try (Connection c = DriverManager.getConnection(server + params, "root", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS fazhi_bench");
                s.execute("CREATE DATABASE fazhi_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
            args.addAll(List.of(
                    "--spring.profiles.active=demo,mysql,mariadb",
                    "--spring.datasource.url=" + server + "fazhi_bench" + params,
                    "--spring.datasource.username=root",
                    "--spring.datasource.password="));
        } else if (db.equals("h2")) {
            args.add("--spring.datasource.url=jdbc:h2:mem:clicks;DB_CLOSE_DELAY=-1");
        } else {
            throw new IllegalArgumentException("clicks.db is h2 or mariadb, not " + db);
        }
        return args.toArray(String[]::new);
    }

    private void run(int reps) throws IOException {
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        try (Browser advisor = new Browser(base);
                Browser admin = new Browser(base)) {
            advisor.resize(1366, 768);
            admin.resize(1366, 768);
            advisor.login("advisor", PASSWORD);
            admin.login("admin", PASSWORD);
            ReportContent text = passingText();
            int rounds = reps * 2; // approve and return alternate
            for (int round = 0; round < rounds; round++) {
                try {
                    round(advisor, admin, text, round);
                } catch (RuntimeException e) {
                    advisor.screenshot("clicks-failure-advisor");
                    admin.screenshot("clicks-failure-admin");
                    throw e;
                }
                System.out.printf(Locale.ROOT, "round %d of %d done%n", round + 1, rounds);
            }
        }
    }

    /** One report through the advisor's clicks, approved on even rounds and returned on odd ones. */
    private void round(Browser advisor, Browser admin, ReportContent text, int round) {
        long report = submittedReport(text, DRAFTERS.get(round / 20 % 2), 2000 + round % 20);
        time(advisor, "baseline", NAVIGATE, "no-such-page");
        time(advisor, "tasks", NAVIGATE, "");
        time(advisor, "report", NAVIGATE, "reports/" + report);
        time(advisor, "review", NAVIGATE, "reports/" + report + "/review");
        advisor.byId("review-claim");
        time(advisor, "claim", CLICK, "review-claim");
        advisor.click(advisor.byCss("#p-1-1 .comment-paragraph"));
        type(advisor, "#comment-text textarea", "请补充具体数据，说明举措的成效。");
        time(advisor, "comment", CLICK, "comment-save");
        if (round % 2 == 0) {
            press(advisor, "review-approve", "approve-confirm");
            time(advisor, "approve", CLICK, "approve-confirm");
            countyReturns(report);
        } else {
            press(advisor, "review-return", "return-confirm");
            type(advisor, "#return-comment textarea", "第一部分成效不够具体，请修改后重新提交。");
            time(advisor, "return", CLICK, "return-confirm");
        }
        time(admin, "board", NAVIGATE, "campaigns");
        time(admin, "baseline", NAVIGATE, "no-such-page");
    }

    /** Types into a field and leaves it, so that its value reaches the server before the timed click. */
    private static void type(Browser browser, String css, String text) {
        browser.byCss(css).sendKeys(text);
        browser.script("document.activeElement.blur()");
    }

    /** A click that opens what the timed one needs (a dialog), as the page's own script makes it. */
    private static void press(Browser browser, String id, String opened) {
        browser.byId(id);
        browser.script(CLICK, id);
        browser.byId(opened);
    }

    private void time(Browser browser, String click, String action, String argument) {
        browser.settle();
        Number ms = (Number) browser.evaluateAsync(String.format(TIMED, action), argument);
        if (ms.doubleValue() < 0) {
            throw new IllegalStateException(click + " did not finish within 25 seconds");
        }
        samples.get(click).add(ms.doubleValue());
        browser.settle();
    }

    /** The text of 洪山镇's report, which the pre-check lets through. */
    private ReportContent passingText() {
        return org.runAs(DRAFTER, () -> reports.list().stream()
                .filter(r -> r.status() == ReportStatus.DRAFTING || r.version() > 0)
                .map(ReportSummary::id)
                .map(reports::get)
                .map(r -> r.content())
                .findFirst()
                .orElseThrow());
    }

    /** A report of the drafter's township for the year, submitted by them: it waits for the legal advisor. */
    private long submittedReport(ReportContent text, String drafter, int year) {
        return org.runAs(drafter, () -> {
            long township = org.findCurrentUser().map(UserAccount::townshipId).orElseThrow();
            long id = review.open(township, year, text);
            SubmitResult result = review.submit(id);
            if (!result.accepted()) {
                throw new IllegalStateException("the pre-check refused the benchmark's report: " + result.findings());
            }
            return id;
        });
    }

    /** The county claims the approved report and returns it asking for a new legal review (ends its review). */
    private void countyReturns(long report) {
        org.runAs("county", () -> {
            TaskItem task = review.myTasks().stream()
                    .filter(t -> t.reportId() == report)
                    .findFirst()
                    .orElseThrow();
            review.claim(task.id());
            review.decide(task.id(), Decision.RETURN, "请补充。", true);
            return null;
        });
    }

    private String table(String db, int reps) {
        double baseline = percentile(samples.get("baseline"), 50);
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT, "Click round trips on %s, %d repetitions (ms; ratio = p50 / baseline p50)%n", db, reps));
        out.append(String.format(Locale.ROOT, "%-10s %5s %9s %9s %8s%n", "click", "n", "p50", "p95", "ratio"));
        samples.forEach((click, ms) -> out.append(String.format(
                Locale.ROOT,
                "%-10s %5d %9.0f %9.0f %8.1f%n",
                click,
                ms.size(),
                percentile(ms, 50),
                percentile(ms, 95),
                percentile(ms, 50) / baseline)));
        return out.toString();
    }

    /** The nearest-rank percentile. */
    private static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
